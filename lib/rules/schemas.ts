import { z } from "@/lib/validation";
import { parseMoney } from "@/lib/money";
import { MAX_PRIORITY_MULTIPLIER_BP } from "@/lib/rules/caps";
import { libText } from "@/lib/i18n/lib-token";

const percentBp = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n) || n <= 0 || n > 100) {
        ctx.addIssue({ code: "custom", message: libText("validation.fieldIsPercent", { label }) });
        return z.NEVER;
      }
      return Math.round(n * 100);
    });

/** A new validity period of a support cap (the old period is closed the day before it starts). */
export const rulePeriodSchema = z.object({
  code: z.string({ error: libText("validation.chooseCostKind") }).min(1, libText("validation.chooseCostKind")),
  validFrom: z
    .string({ error: libText("validation.chooseEffectiveDate") })
    .regex(/^\d{4}-\d{2}-\d{2}$/, libText("validation.chooseEffectiveDate"))
    .transform((v) => new Date(`${v}T00:00:00Z`)),
  maxPercent: percentBp(libText("fields.maxPercent")),
  maxAmount: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const p = parseMoney(v);
      if (!p.ok || p.vnd <= 0n) {
        ctx.addIssue({ code: "custom", message: p.ok ? "Mức tối đa phải lớn hơn 0." : p.message });
        return z.NEVER;
      }
      return p.vnd;
    }),
  priorityMultiplier: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(",", "."));
      const bp = Math.round(n * 10000);
      if (!Number.isFinite(n) || bp < 10000 || bp > MAX_PRIORITY_MULTIPLIER_BP) {
        ctx.addIssue({ code: "custom", message: libText("validation.priorityFactor") });
        return z.NEVER;
      }
      return bp;
    }),
  legalBasisCode: z
    .string({ error: libText("validation.chooseLegalBasis") })
    .min(1, libText("validation.chooseLegalBasis")),
  article: z
    .string({ error: libText("validation.enterArticle") })
    .trim()
    .min(3, libText("validation.enterTheArticleAndClause"))
    .max(100, libText("validation.atMost100Characters")),
  verified: z.preprocess((v) => v === "on" || v === true, z.boolean()),
  note: z
    .string()
    .trim()
    .max(500, libText("validation.atMost500Characters"))
    .optional()
    .transform((v) => v || null),
  reason: z
    .string({ error: libText("validation.enterChangeReason") })
    .trim()
    .min(5, libText("validation.stateTheReasonAndThe"))
    .max(500, libText("validation.atMost500Characters")),
});

export type RulePeriodInput = z.output<typeof rulePeriodSchema>;

const isoDate = (msg: string) =>
  z
    .string({ error: msg })
    .regex(/^\d{4}-\d{2}-\d{2}$/, msg)
    .transform((v) => new Date(`${v}T00:00:00Z`));

/** A new version of a province's local rule set (KCĐP): a new instrument, from its effective date. */
export const ruleSetVersionSchema = z
  .object({
    instrumentNo: z
      .string({ error: libText("validation.enterDocumentNumber") })
      .trim()
      .min(3, libText("validation.enterTheDocumentSNumber"))
      .max(60, libText("validation.atMost60Characters")),
    instrumentTitle: z
      .string({ error: libText("validation.enterDocumentTitle") })
      .trim()
      .min(10, libText("validation.enterTheDocumentSFull"))
      .max(300, libText("validation.atMost300Characters")),
    issuer: z
      .string({ error: libText("validation.enterIssuer") })
      .trim()
      .min(3, libText("validation.enterTheIssuingBodyE"))
      .max(120, libText("validation.atMost120Characters")),
    issuedOn: isoDate("Chọn ngày ban hành."),
    effectiveFrom: isoDate("Chọn ngày có hiệu lực."),
    advanceBasis: z
      .string({ error: libText("validation.enterPaymentRules") })
      .trim()
      .min(10, libText("validation.enterTheProvinceSInstrument"))
      .max(300, libText("validation.atMost300Characters")),
    illustrative: z.preprocess((v) => v === "on" || v === true, z.boolean()),
    reason: z
      .string({ error: libText("validation.enterReason") })
      .trim()
      .min(5, libText("validation.stateTheReasonAtLeast"))
      .max(500, libText("validation.atMost500Characters")),
  })
  .refine((v) => v.effectiveFrom >= v.issuedOn, {
    path: ["effectiveFrom"],
    message: libText("validation.effectiveBeforeIssued"),
  });

export type RuleSetVersionInput = z.output<typeof ruleSetVersionSchema>;
