import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findProposalInScope } from "@/lib/proposals/scope";

export type MessageDto = {
  id: string;
  authorName: string;
  body: string;
  internal: boolean;
  createdAt: string;
  mine: boolean;
};

/** The thread of one dossier; internal notes only for those who hold the capability. */
export async function listMessages(actor: Actor, proposalId: string): Promise<MessageDto[]> {
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, { id: true });
  const seeInternal = can(actor.role, "proposal.internalNote");
  const rows = await db.message.findMany({
    where: { proposalId: p.id, ...(seeInternal ? {} : { internal: false }) },
    orderBy: { createdAt: "asc" },
    select: { id: true, authorId: true, authorName: true, body: true, internal: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    authorName: r.authorName,
    body: r.body,
    internal: r.internal,
    createdAt: r.createdAt.toISOString(),
    mine: r.authorId === actor.id,
  }));
}
