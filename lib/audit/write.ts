import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  onBehalfOfId?: string | null;
  assisted?: boolean;
};

/** Call inside the same transaction as the change it records. */
export async function writeAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
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
