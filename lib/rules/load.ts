import type { Tx } from "@/lib/db";
import type { Db } from "@/lib/db";
import type { ActivityData, SupportRuleData } from "@/lib/rules/types";

type Reader = Tx | Db;

// Internal loaders used by the queries and mutations that already authorized their actor: the rule rows
// are public law, the question is only which rows are in force on a date (decided by the pure engine).
export async function loadSupportRules(db: Reader): Promise<SupportRuleData[]> {
  const rows = await db.supportRule.findMany({
    orderBy: [{ activityCode: "asc" }, { code: "asc" }, { validFrom: "asc" }],
    select: {
      code: true, activityCode: true, costKind: true, label: true, maxPercentBp: true, maxAmount: true, priorityMultiplierBp: true,
      article: true, validFrom: true, validTo: true, verified: true, note: true, legalBasis: { select: { code: true, title: true } },
    },
  });
  return rows.map(({ legalBasis, ...r }) => ({ ...r, legalBasisCode: legalBasis.code, legalBasisTitle: shortTitle(legalBasis.title) }));
}

/** "Thông tư 28/2018/TT-BTC (sửa đổi bởi …) hướng dẫn …" → "Thông tư 28/2018/TT-BTC", for citations. */
export function shortTitle(title: string): string {
  const m = /^((?:Thông tư liên tịch|Thông tư|Nghị định|Quyết định|Nghị quyết)\s+\S+)/.exec(title);
  return m?.[1] ?? title;
}

export async function loadActivities(db: Reader): Promise<ActivityData[]> {
  const rows = await db.activityCategory.findMany({
    orderBy: [{ contentNo: "asc" }, { code: "asc" }, { validFrom: "asc" }],
    select: { id: true, code: true, contentNo: true, name: true, article: true, validFrom: true, validTo: true, legalBasis: { select: { code: true } } },
  });
  return rows.map(({ legalBasis, ...a }) => ({ ...a, legalBasisCode: legalBasis.code }));
}
