import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { getActor } from "@/lib/auth/session";
import { findProposalInScope } from "@/lib/proposals/scope";
import { assertCanViewImplementation } from "@/lib/implementation/access";
import { ATTACHMENT_SELECT } from "@/lib/storage/attachments";
import { attachmentResponse } from "@/lib/storage/response";

const KINDS = ["PHOTO", "PROGRESS", "EVIDENCE", "ACCEPTANCE", "SETTLEMENT", "CONTRACT"] as const;

/** A photo or evidence file of a đề án the actor may see; anything else answers NotFound. */
export async function getImplementationDocument(actor: Actor, proposalId: string, docId: string) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  await findProposalInScope(db, actor, proposalId, { id: true });
  const doc = await db.document.findFirst({
    where: { id: docId, proposalId, kind: { in: [...KINDS] } },
    select: ATTACHMENT_SELECT,
  });
  if (!doc) throw new NotFoundError();
  return doc;
}

/**
 * Route handler body. Images (their type was sniffed from the bytes at upload) are shown inline so the
 * officer sees the site photos; every other file is a download. nosniff keeps the browser to that type.
 */
export async function documentResponse(params: Promise<{ id: string; docId: string }>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Vui lòng đăng nhập.", { status: 401 });
  const { id, docId } = await params;
  try {
    return await attachmentResponse(await getImplementationDocument(actor, id, docId), { inlineImages: true });
  } catch (e) {
    if (e instanceof NotFoundError) return new Response("Không tìm thấy tệp.", { status: 404 });
    throw e;
  }
}
