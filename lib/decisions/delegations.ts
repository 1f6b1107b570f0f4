import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { parseDate } from "@/lib/dates";
import { SIGN_MODE_TEXT } from "@/lib/decisions/delegation-rules";
import { libText } from "@/lib/i18n/lib-token";

const day = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const d = parseDate(v) ?? (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00+07:00`) : null);
    if (!d) {
      ctx.addIssue({ code: "custom", message: libText("validation.dateInvalid") });
      return z.NEVER;
    }
    return d;
  });

export const delegationSchema = z.object({
  delegateId: z.string().min(1, libText("validation.chooseThePersonWhoMay")),
  mode: z.enum(["KY_THAY", "THUA_LENH", "UY_QUYEN"], { message: libText("validation.chooseForm") }),
  validFrom: day,
  validTo: day,
  scope: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || null),
});

/**
 * A leader authorises someone of the same agency to sign decisions for them, for a stated period
 * (ND 30/2020/NĐ-CP Art. 13). The period covers whole days, Vietnam time.
 */
export async function createDelegation(actor: Actor, input: Record<string, unknown>) {
  assertCan(actor, "proposal.decide");
  const d = parseOrThrow(delegationSchema, input);
  const validTo = new Date(d.validTo.getTime() + 86_400_000 - 1000);
  if (validTo <= d.validFrom) throw new ValidationError({ validTo: [libText("validation.endAfterStart")] });
  if (d.delegateId === actor.id)
    throw new ValidationError({ delegateId: [libText("validation.youCannotDelegateToYourself")] });
  if (!actor.agencyId) throw new ForbiddenError();
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const delegate = await tx.user.findFirst({
      where: { id: d.delegateId, agencyId: actor.agencyId, active: true, role: { in: ["STAFF", "LEADER"] } },
      select: { id: true, name: true },
    });
    if (!delegate) throw new NotFoundError(libText("errors.thisOfficerWasNotFound"));
    const row = await tx.delegation.create({
      data: {
        agencyId: actor.agencyId as string,
        delegatorId: actor.id,
        delegateId: delegate.id,
        mode: d.mode,
        validFrom: d.validFrom,
        validTo,
        scope: d.scope,
      },
    });
    await writeAudit(tx, actor, {
      action: "delegation.create",
      entity: "Delegation",
      entityId: row.id,
      data: {
        delegate: delegate.name,
        mode: SIGN_MODE_TEXT[d.mode].vi,
        from: d.validFrom.toISOString(),
        to: validTo.toISOString(),
      },
    });
  });
}

export async function revokeDelegation(actor: Actor, id: string, at = new Date()) {
  assertCan(actor, "proposal.decide");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const n = await tx.delegation.updateMany({
      where: { id, delegatorId: actor.id, revokedAt: null },
      data: { revokedAt: at },
    });
    if (n.count !== 1) throw new WorkflowError(libText("errors.theDelegationDoesNotExist"));
    await writeAudit(tx, actor, { action: "delegation.revoke", entity: "Delegation", entityId: id });
  });
}

export async function listMyDelegations(actor: Actor) {
  assertCan(actor, "proposal.decide");
  const db = await getDb();
  const [given, colleagues] = await Promise.all([
    db.delegation.findMany({
      where: { OR: [{ delegatorId: actor.id }, { delegateId: actor.id }] },
      orderBy: { validFrom: "desc" },
      select: {
        id: true,
        mode: true,
        validFrom: true,
        validTo: true,
        revokedAt: true,
        scope: true,
        delegatorId: true,
        delegator: { select: { name: true } },
        delegate: { select: { name: true } },
      },
    }),
    db.user.findMany({
      where: {
        agencyId: actor.agencyId ?? "__none__",
        active: true,
        role: { in: ["STAFF", "LEADER"] },
        id: { not: actor.id },
      },
      select: { id: true, name: true, title: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    rows: given.map((g) => ({
      id: g.id,
      mode: g.mode,
      validFrom: g.validFrom.toISOString(),
      validTo: g.validTo.toISOString(),
      revokedAt: g.revokedAt?.toISOString() ?? null,
      scope: g.scope,
      mine: g.delegatorId === actor.id,
      delegatorName: g.delegator.name,
      delegateName: g.delegate.name,
    })),
    colleagues,
  };
}
