import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { formatDate } from "@/lib/dates";
import { rulePeriodSchema } from "@/lib/rules/schemas";

const DAY = 24 * 3600 * 1000;

/**
 * Adds a new validity period of a cap: the dossiers submitted before its start keep being judged by the old
 * row. The previous open period is closed the day before, in the same transaction; two admins adding the
 * same start date collide on the (code, validFrom) unique key.
 */
export async function addRulePeriod(actor: Actor, input: unknown): Promise<string> {
  assertCan(actor, "rules.manage");
  const v = parseOrThrow(rulePeriodSchema, input);
  if (v.maxPercent === null && v.maxAmount === null) throw new ValidationError({ maxAmount: ["Nhập ít nhất tỷ lệ hoặc mức tối đa."] });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.supportRule.findFirst({ where: { code: v.code }, orderBy: { validFrom: "desc" } });
      if (!latest) throw new ValidationError({ code: ["Không có loại chi phí này."] });
      if (v.validFrom <= latest.validFrom) throw new ValidationError({ validFrom: [`Ngày áp dụng phải sau ${formatDate(latest.validFrom)} (đầu giai đoạn hiện hành).`] });
      const basis = await tx.legalBasis.findUnique({ where: { code: v.legalBasisCode }, select: { id: true } });
      if (!basis) throw new ValidationError({ legalBasisCode: ["Không có văn bản này."] });
      const closed = await tx.supportRule.updateMany({
        where: { code: v.code, validFrom: { lt: v.validFrom }, OR: [{ validTo: null }, { validTo: { gte: v.validFrom } }] },
        data: { validTo: new Date(v.validFrom.getTime() - DAY) },
      });
      const row = await tx.supportRule.create({
        data: {
          code: v.code, activityCode: latest.activityCode, costKind: latest.costKind, label: latest.label, maxPercentBp: v.maxPercent,
          maxAmount: v.maxAmount, priorityMultiplierBp: v.priorityMultiplier, legalBasisId: basis.id, article: v.article,
          validFrom: v.validFrom, validTo: null, verified: v.verified, note: v.note,
        },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "rules.addPeriod", entity: "SupportRule", entityId: row.id, reason: v.reason,
        data: {
          code: v.code, validFrom: v.validFrom.toISOString().slice(0, 10), maxPercentBp: v.maxPercent, maxAmount: v.maxAmount?.toString() ?? null,
          priorityMultiplierBp: v.priorityMultiplier, legalBasis: v.legalBasisCode, article: v.article, closedPeriods: closed.count,
          previous: { maxPercentBp: latest.maxPercentBp, maxAmount: latest.maxAmount?.toString() ?? null, validFrom: latest.validFrom.toISOString().slice(0, 10) },
        },
      });
      return row.id;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new ValidationError({ validFrom: ["Đã có giai đoạn bắt đầu từ ngày này."] });
    throw e;
  }
}
