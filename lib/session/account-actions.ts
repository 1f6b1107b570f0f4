"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/action";
import type { FormState } from "@/lib/form-state";
import { changePassword, confirmStepUp, confirmTotpEnrolment, endOwnSession } from "@/lib/auth/account";
import { revokeAccountSessions, setAccountActive } from "@/lib/auth/admin-sessions";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const fields = (f: FormData) =>
  Object.fromEntries([...f.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")));

export async function confirmEnrolmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runAction(null, async () => {
    const codes = await confirmTotpEnrolment(actor, fields(formData));
    return {
      ok: true,
      message: libText("done.totpEnabled"),
      values: { codes: codes.join(" ") },
    };
  });
  // No revalidation: the page would re-render without the form, and the codes are shown only here, once.
  return state;
}

export async function stepUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction(null, async () => {
    await confirmStepUp(actor, fields(formData));
    return { ok: true, message: libText("done.stepUpConfirmed") };
  });
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(undefined, { passwordChange: true });
  return runAction(null, async () => {
    const ended = await changePassword(actor, fields(formData));
    return { ok: true, message: libText("done.passwordChanged", { ended }) };
  });
}

export async function endSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runAction(null, async () => {
    const ended = await endOwnSession(actor, fields(formData));
    return { ok: true, message: libText("done.sessionsEnded", { ended }) };
  });
  revalidatePath(routes.accountSecurity);
  return state;
}

export async function adminRevokeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("users.manage");
  const state = await runAction(null, async () => {
    const ended = await revokeAccountSessions(actor, fields(formData));
    return { ok: true, message: libText("done.sessionsRevoked", { ended }) };
  });
  revalidatePath(routes.admin.sessions);
  return state;
}

export async function adminSetActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor("users.manage");
  const state = await runAction(null, async () => {
    const active = await setAccountActive(actor, fields(formData));
    return {
      ok: true,
      message: active ? "Đã mở lại tài khoản." : "Đã khóa tài khoản và kết thúc mọi phiên đăng nhập.",
    };
  });
  revalidatePath(routes.admin.sessions);
  return state;
}
