import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { proposalScope } from "@/lib/proposals/scope";
import { tagsSchema } from "@/lib/appraisal/schemas";

/** Adds and removes working tags ("ưu tiên", "khảo sát thực địa") on one or many dossiers. */
export async function updateTags(actor: Actor, input: { proposalIds: string[]; add?: string[]; remove?: string[] }) {
  assertCan(actor, "proposal.intake");
  const data = parseOrThrow(tagsSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const rows = await tx.proposal.findMany({
      where: { AND: [{ id: { in: data.proposalIds } }, proposalScope(actor)] },
      select: { id: true },
    });
    if (rows.length !== new Set(data.proposalIds).size) throw new NotFoundError();
    const ids = rows.map((r) => r.id);
    // One statement over the stored array: concurrent edits by two officers both survive.
    await tx.$executeRaw`
      UPDATE "Proposal" SET "tags" = ARRAY(
        SELECT DISTINCT t FROM unnest("tags" || ${data.add}::text[]) AS t WHERE NOT (t = ANY(${data.remove}::text[])) ORDER BY t)
      WHERE "id" = ANY(${ids}::text[])`;
    for (const id of ids) {
      await writeAudit(tx, actor, {
        action: "proposal.tags",
        entity: "Proposal",
        entityId: id,
        data: { add: data.add, remove: data.remove },
      });
    }
  });
}
