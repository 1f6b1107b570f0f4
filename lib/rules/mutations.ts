import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { assertFreshSecondFactor } from "@/lib/auth/step-up";
import { writeAudit } from "@/lib/audit/write";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { formatDate } from "@/lib/dates";
import { rulePeriodSchema, ruleSetVersionSchema } from "@/lib/rules/schemas";
import { DEFAULT_LIMITS } from "@/lib/rules/rule-sets";
import { loadRuleSets } from "@/lib/rules/load";
import { ruleSetFor } from "@/lib/rules/rule-sets";
import { libText } from "@/lib/i18n/lib-token";

const DAY = 24 * 3600 * 1000;
const NATIONAL_READ_ONLY =
  "Bộ quy tắc quốc gia (KCQG) theo văn bản của Bộ Tài chính, Bộ Công Thương; quản trị viên tỉnh chỉ duy trì bộ quy tắc kinh phí khuyến công địa phương của tỉnh mình.";

/** A province admin maintains the rule sets of their own province only; national sets are read-only here. */
async function ownSet(tx: Tx, actor: Actor, ruleSetCode: string) {
  const set = await tx.ruleSet.findUnique({
    where: { code: ruleSetCode },
    select: { id: true, code: true, provinceId: true, effectiveFrom: true, effectiveTo: true },
  });
  if (!set) throw new ValidationError({ ruleSetCode: [libText("validation.thereIsNoSuchRule")] });
  if (set.provinceId === null) throw new ForbiddenError(NATIONAL_READ_ONLY);
  if (set.provinceId !== actor.provinceId) throw new ForbiddenError(libText("errors.thisRuleSetBelongsTo"));
  return set;
}

/**
 * Adds a new validity period of a cap inside one of the admin's province rule sets: dossiers submitted
 * before its start keep being judged by the old row. The previous open period is closed the day before,
 * in the same transaction; two admins adding the same start date collide on the unique key.
 */
export async function addRulePeriod(actor: Actor, input: unknown): Promise<string> {
  assertCan(actor, "rules.manage");
  const raw = (input ?? {}) as Record<string, unknown>;
  const ruleSetCode = typeof raw.ruleSetCode === "string" ? raw.ruleSetCode : "";
  assertFreshSecondFactor(actor); // step-up (issue 22)
  const v = parseOrThrow(rulePeriodSchema, input);
  if (v.maxPercent === null && v.maxAmount === null)
    throw new ValidationError({ maxAmount: [libText("validation.enterAtLeastARate")] });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const set = await ownSet(tx, actor, ruleSetCode);
      const latest = await tx.supportRule.findFirst({
        where: { ruleSetId: set.id, code: v.code },
        orderBy: { validFrom: "desc" },
      });
      if (!latest) throw new ValidationError({ code: [libText("validation.thisRuleSetHasNo")] });
      if (v.validFrom <= latest.validFrom)
        throw new ValidationError({
          validFrom: [libText("validation.applyAfterPeriodStart", { date: formatDate(latest.validFrom) })],
        });
      if (set.effectiveTo && v.validFrom > set.effectiveTo)
        throw new ValidationError({
          validFrom: [libText("validation.ruleSetEndsOn", { date: formatDate(set.effectiveTo) })],
        });
      const basis = await tx.legalBasis.findUnique({ where: { code: v.legalBasisCode }, select: { id: true } });
      if (!basis) throw new ValidationError({ legalBasisCode: [libText("validation.thereIsNoSuchDocument")] });
      const closed = await tx.supportRule.updateMany({
        where: {
          ruleSetId: set.id,
          code: v.code,
          validFrom: { lt: v.validFrom },
          OR: [{ validTo: null }, { validTo: { gte: v.validFrom } }],
        },
        data: { validTo: new Date(v.validFrom.getTime() - DAY) },
      });
      const row = await tx.supportRule.create({
        data: {
          ruleSetId: set.id,
          code: v.code,
          activityCode: latest.activityCode,
          costKind: latest.costKind,
          label: latest.label,
          maxPercentBp: v.maxPercent,
          maxAmount: v.maxAmount,
          priorityMultiplierBp: v.priorityMultiplier,
          legalBasisId: basis.id,
          article: v.article,
          validFrom: v.validFrom,
          validTo: null,
          verified: v.verified,
          note: v.note,
          unitNorm: latest.unitNorm,
          unitLabel: latest.unitLabel,
        },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "rules.addPeriod",
        entity: "SupportRule",
        entityId: row.id,
        reason: v.reason,
        data: {
          ruleSet: set.code,
          code: v.code,
          validFrom: v.validFrom.toISOString().slice(0, 10),
          maxPercentBp: v.maxPercent,
          maxAmount: v.maxAmount?.toString() ?? null,
          priorityMultiplierBp: v.priorityMultiplier,
          legalBasis: v.legalBasisCode,
          article: v.article,
          closedPeriods: closed.count,
          previous: {
            maxPercentBp: latest.maxPercentBp,
            maxAmount: latest.maxAmount?.toString() ?? null,
            validFrom: latest.validFrom.toISOString().slice(0, 10),
          },
        },
      });
      return row.id;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002")
      throw new ValidationError({ validFrom: [libText("validation.aPeriodAlreadyStartsOn")] });
    throw e;
  }
}

/**
 * Issues a new version of the admin's province's local rule set (KCĐP) under a new instrument, from its
 * effective date: the caps and the local advance procedure of the set in force that day are copied as its
 * starting point (then changed period by period), the previous local set is closed the day before. Never
 * edits a set in place (a database trigger refuses it); audited with the reason.
 */
export async function issueRuleSetVersion(actor: Actor, input: unknown): Promise<string> {
  assertCan(actor, "rules.manage");
  assertFreshSecondFactor(actor); // step-up (issue 22)
  if (!actor.provinceId) throw new ForbiddenError(libText("errors.theAdministratorAccountIsNot"));
  const provinceId = actor.provinceId;
  const v = parseOrThrow(ruleSetVersionSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const sets = await loadRuleSets(tx);
    const own = sets.filter((s) => s.provinceId === provinceId && s.fund === "KCDP");
    const last = own.sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime())[0] ?? null;
    if (last && v.effectiveFrom <= last.effectiveFrom)
      throw new ValidationError({
        effectiveFrom: [libText("validation.effectiveAfterCurrent", { date: formatDate(last.effectiveFrom) })],
      });
    const base = ruleSetFor(sets, { fund: "KCDP", provinceId, date: v.effectiveFrom });
    if (!base) throw new ValidationError({ effectiveFrom: [libText("validation.noRuleSetIsIn")] });
    const version = own.reduce((m, s) => Math.max(m, s.version), 0) + 1;
    const basis = await tx.legalBasis.upsert({
      where: { code: `LB-${provinceId}-${v.instrumentNo}` },
      update: {},
      create: {
        code: `LB-${provinceId}-${v.instrumentNo}`,
        title: v.instrumentTitle,
        issuedOn: v.issuedOn,
        effectiveFrom: v.effectiveFrom,
      },
      select: { id: true },
    });
    if (last && (last.effectiveTo === null || last.effectiveTo >= v.effectiveFrom)) {
      if (last.effectiveTo !== null)
        throw new ValidationError({
          effectiveFrom: [libText("validation.currentSetClosedUntil", { date: formatDate(last.effectiveTo) })],
        });
      await tx.ruleSet.update({
        where: { id: last.id },
        data: { effectiveTo: new Date(v.effectiveFrom.getTime() - DAY) },
      });
      await tx.supportRule.updateMany({
        where: { ruleSetId: last.id, validTo: null },
        data: { validTo: new Date(v.effectiveFrom.getTime() - DAY) },
      });
    }
    const code = `KCDP-${provinceId.slice(-6)}-V${version}-${v.effectiveFrom.toISOString().slice(0, 10)}`;
    const set = await tx.ruleSet.create({
      data: {
        code,
        fund: "KCDP",
        provinceId,
        instrumentNo: v.instrumentNo,
        instrumentTitle: v.instrumentTitle,
        issuer: v.issuer,
        issuedOn: v.issuedOn,
        effectiveFrom: v.effectiveFrom,
        advanceBasis: v.advanceBasis,
        limits: base.set.limits ?? DEFAULT_LIMITS,
        illustrative: v.illustrative,
        version,
        previousId: last?.id ?? null,
        createdById: actor.id,
        note: `Khởi tạo từ ${base.set.code}; các mức được điều chỉnh theo từng giai đoạn.`,
      },
      select: { id: true },
    });
    const rows = await tx.supportRule.findMany({
      where: {
        ruleSetId: base.set.id,
        validFrom: { lte: v.effectiveFrom },
        OR: [{ validTo: null }, { validTo: { gte: v.effectiveFrom } }],
      },
    });
    await tx.supportRule.createMany({
      data: rows.map((r) => ({
        ruleSetId: set.id,
        code: r.code,
        activityCode: r.activityCode,
        costKind: r.costKind,
        label: r.label,
        maxPercentBp: r.maxPercentBp,
        maxAmount: r.maxAmount,
        priorityMultiplierBp: r.priorityMultiplierBp,
        legalBasisId: basis.id,
        article: r.article,
        validFrom: v.effectiveFrom,
        validTo: null,
        verified: false,
        note: `Sao từ ${base.set.code}; cần đối chiếu ${v.instrumentNo}.`,
        unitNorm: r.unitNorm,
        unitLabel: r.unitLabel,
      })),
    });
    await writeAudit(tx, actor, {
      action: "rules.issueSet",
      entity: "RuleSet",
      entityId: set.id,
      reason: v.reason,
      data: {
        code,
        version,
        instrumentNo: v.instrumentNo,
        issuer: v.issuer,
        effectiveFrom: v.effectiveFrom.toISOString().slice(0, 10),
        copiedFrom: base.set.code,
        closed: last?.code ?? null,
        caps: rows.length,
      },
    });
    return set.id;
  });
}
