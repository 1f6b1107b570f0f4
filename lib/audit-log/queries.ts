import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { z } from "@/lib/validation";

export type AuditRowDto = {
  id: string;
  at: Date;
  action: string;
  entity: string;
  entityId: string;
  reason: string | null;
  actorName: string | null;
  actorRole: string | null;
  assisted: boolean;
};

export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional().default(""),
  entityId: z.string().trim().max(60).optional().default(""),
});

/**
 * The newest audit rows written by people of the actor's province (and its historic predecessors), or by
 * enterprises whose establishment that province serves. Read-only: the table itself refuses changes.
 */
export async function listAuditRows(actor: Actor, input: unknown, limit = 200): Promise<AuditRowDto[]> {
  assertCan(actor, "audit.view");
  const f = auditFilterSchema.parse(input ?? {});
  const db = await getDb();
  const province = actor.provinceId ?? "__none__";
  const rows = await db.$queryRaw<Array<Omit<AuditRowDto, "id"> & { id: bigint }>>`
    SELECT a.id, a.at, a.action, a.entity, a."entityId", a.reason, u.name AS "actorName", a."actorRole", a.assisted
    FROM "AuditLog" a
    JOIN "User" u ON u.id = a."actorId"
    LEFT JOIN "Agency" ag ON ag.id = u."agencyId"
    LEFT JOIN "Establishment" e ON e.id = u."establishmentId"
    LEFT JOIN "Agency" eag ON eag.id = e."agencyId"
    JOIN "AdminUnit" p ON p.id = COALESCE(ag."provinceId", eag."provinceId")
    WHERE (p.id = ${province} OR p."successorId" = ${province})
      AND (${f.action} = '' OR a.action LIKE ${f.action + "%"})
      AND (${f.entityId} = '' OR a."entityId" = ${f.entityId})
    ORDER BY a.id DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, id: r.id.toString() }));
}
