import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  onBehalfOfId?: string | null;
  assisted?: boolean;
};

/** Who acts, as the audit row needs it: structurally an `Actor` of lib/auth/actor.ts (not imported, so that auth
 * can write audit rows without a folder loop). */
export type AuditActor = { id: string; role: Role };

/** Call inside the same transaction as the change it records. */
export async function writeAudit(tx: Tx, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      onBehalfOfId: entry.onBehalfOfId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      reason: entry.reason ?? null,
      data: entry.data,
      assisted: entry.assisted ?? false,
    },
  });
}
