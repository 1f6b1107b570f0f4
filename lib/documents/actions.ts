"use server";

import { headers } from "next/headers";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { checkCopy, revokeIssuedDocument } from "@/lib/documents/issued";
import { requireActor } from "@/lib/auth/session";
import { revalidatePath } from "next/cache";
import { readUploads } from "@/lib/uploads/evidence";
import { uploadCounterSignedContract } from "@/lib/documents/counter-signed";
import { formatDateTime } from "@/lib/dates";
import { libText } from "@/lib/i18n/lib-token";

/** /xac-thuc: a copy uploaded by anyone, compared with the issued file (SHA-256). */
export async function checkCopyAction(code: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const key = clientIp(await headers());
  return runAction(formData, async () => {
    const file = formData.get("file");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const r = await checkCopy(code, bytes, key);
    return r.matches
      ? { ok: true, message: libText("done.fileMatches", { sha256: r.sha256 }) }
      : {
          ok: false,
          message: libText("errors.fileDiffers", { sha256: r.sha256 }),
        };
  });
}

/** A leader revokes an issued file, with the reason (shown on /xac-thuc; audited); `page` is shown again. */
export async function revokeIssuedAction(
  code: string,
  page: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(formData, async () => {
    await revokeIssuedDocument(actor, code, String(formData.get("reason") ?? ""));
    if (page.startsWith("/")) revalidatePath(page);
    return { ok: true, message: libText("done.documentRevoked") };
  });
}

/** The beneficiary (or staff) uploads the contract signed by both parties; the signature is checked first. */
export async function uploadCounterSignedAction(
  proposalId: string,
  page: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    const [upload] = await readUploads(formData.getAll("file"));
    const r = await uploadCounterSignedContract(actor, proposalId, upload);
    if (page.startsWith("/")) revalidatePath(page);
    return {
      ok: true,
      message: `Chữ ký hợp lệ — ký bởi ${r.signer}, chứng thư do ${r.issuer} cấp${r.signedAt ? `, ký lúc ${formatDateTime(r.signedAt)}` : ""}. Đã lưu hợp đồng đã ký.`,
    };
  });
}
