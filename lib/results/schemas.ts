import { z } from "@/lib/validation";
import { parsePeriod } from "@/lib/metrics/period";
import { libText } from "@/lib/i18n/lib-token";

// Shared by the forms and the mutations. The value itself is parsed against its indicator in the mutation
// (money in đồng/triệu/tỷ, counts as integers, percentages with their scale), with the message next to it.

/** Programme periods open for entry: 2021–2025 (QĐ 1881/QĐ-TTg) and 2026–2030 (QĐ 2646/QĐ-BCT). */
export const ENTRY_PERIODS = [
  { value: "2021-2025", label: "2021–2025" },
  { value: "2026-2030", label: "2026–2030" },
] as const;

const period = z.string({ error: libText("validation.choosePeriod") }).transform((v, ctx) => {
  const p = ENTRY_PERIODS.some((e) => e.value === v) ? parsePeriod(v) : null;
  if (!p) {
    ctx.addIssue({ code: "custom", message: libText("validation.choosePeriodRange") });
    return z.NEVER;
  }
  return p;
});

const fund = z
  .string()
  .optional()
  .transform((v, ctx): "KCQG" | "KCDP" | null => {
    if (!v) return null;
    if (v !== "KCQG" && v !== "KCDP") {
      ctx.addIssue({ code: "custom", message: libText("validation.chooseFundKind") });
      return z.NEVER;
    }
    return v;
  });

const optionalId = z
  .string()
  .trim()
  .max(60, libText("validation.theCodeIsNotValid"))
  .optional()
  .transform((v) => v || null);
const optionalYear = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!/^\d{4}$/.test(v)) {
      ctx.addIssue({ code: "custom", message: libText("validation.yearShape") });
      return z.NEVER;
    }
    return Number(v);
  });
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

function yearInPeriod<T extends { period: { startYear: number; endYear: number }; year: number | null }>(
  v: T,
  ctx: z.RefinementCtx,
) {
  if (v.year !== null && (v.year < v.period.startYear || v.year > v.period.endYear)) {
    ctx.addIssue({
      code: "custom",
      path: ["year"],
      message: libText("validation.yearInPeriod", { start: v.period.startYear, end: v.period.endYear }),
    });
  }
}

/** A result of work done outside any đề án (news articles, conferences…), with its evidence. */
export const resultEntrySchema = z
  .object({
    indicatorCode: z
      .string({ error: libText("validation.chooseIndicator") })
      .trim()
      .min(1, libText("validation.chooseIndicator")),
    period,
    year: optionalYear,
    fund,
    categoryCode: optionalId,
    communeId: optionalId,
    value: z
      .string({ error: libText("validation.enterValue") })
      .trim()
      .min(1, libText("validation.enterValue"))
      .max(40, libText("validation.theValueIsTooLong")),
    description: z
      .string({ error: libText("validation.describeWork") })
      .trim()
      .min(5, libText("validation.describeTheWorkDoneAt"))
      .max(500, libText("validation.atMost500Characters")),
    evidence: z
      .string({ error: libText("validation.enterEvidence") })
      .trim()
      .min(5, libText("validation.stateTheEvidenceADocument"))
      .max(1000, libText("validation.atMost1000Characters")),
  })
  .superRefine((v, ctx) => {
    if (v.year === null)
      ctx.addIssue({ code: "custom", path: ["year"], message: libText("validation.enterYearCarriedOut") });
    yearInPeriod(v, ctx);
  });

export type ResultEntryInput = z.output<typeof resultEntrySchema>;

/** A target of a programme period, optionally for one year and one fund, for the leader's province. */
export const targetSchema = z
  .object({
    indicatorCode: z
      .string({ error: libText("validation.chooseIndicator") })
      .trim()
      .min(1, libText("validation.chooseIndicator")),
    period,
    year: optionalYear,
    fund,
    value: z
      .string({ error: libText("validation.enterTarget") })
      .trim()
      .min(1, libText("validation.enterTarget"))
      .max(40, libText("validation.theValueIsTooLong")),
    atLeast: checkbox,
    rawText: z
      .string()
      .trim()
      .max(300, libText("validation.atMost300Characters"))
      .optional()
      .transform((v) => v || null),
    source: z
      .string({ error: libText("validation.enterBasis") })
      .trim()
      .min(5, libText("validation.stateTheBasisNumberAnd"))
      .max(300, libText("validation.atMost300Characters")),
    note: z
      .string()
      .trim()
      .max(500, libText("validation.atMost500Characters"))
      .optional()
      .transform((v) => v || null),
  })
  .superRefine(yearInPeriod);

export type TargetInput = z.output<typeof targetSchema>;
