import { z } from "@/lib/validation";
import { parseDate } from "@/lib/dates";
import { parseMoney } from "@/lib/money";
import { libText } from "@/lib/i18n/lib-token";

const fund = z.enum(["KCQG", "KCDP"], { message: libText("validation.chooseFund") });
const year = z.coerce
  .number({ message: libText("validation.enterYear") })
  .int()
  .min(2012, libText("validation.theYearIs2012Or"))
  .max(2100);

const money = z
  .string()
  .trim()
  .min(1, libText("validation.enterTheAmount"))
  .transform((v, ctx) => {
    const parsed = parseMoney(v);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    if (parsed.vnd < 0n) {
      ctx.addIssue({ code: "custom", message: libText("validation.moneyNotNegative") });
      return z.NEVER;
    }
    return parsed.vnd;
  });

export const envelopeSchema = z.object({
  year,
  fund,
  amount: money,
  source: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((v) => v || null),
});

export const createPlanSchema = z.object({
  year,
  fund,
  name: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((v) => v || null),
});

export const batchSchema = z.object({
  planId: z.string().min(1),
  name: z.string().trim().min(3, libText("validation.nameTheRoundEG")).max(200),
});

export const addToPlanSchema = z.object({
  planId: z.string().min(1),
  proposalIds: z.array(z.string().min(1)).min(1, libText("validation.chooseAtLeastOneProject")).max(500),
  batchId: z
    .string()
    .optional()
    .transform((v) => v || null),
});

export const removeFromPlanSchema = z.object({ planId: z.string().min(1), proposalId: z.string().min(1) });

export const approvePlanSchema = z.object({
  planId: z.string().min(1),
  decisionNo: z.string().trim().min(3, libText("validation.enterTheDecisionSNumber")).max(100),
  decisionDate: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const d = parseDate(v) ?? (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null);
      if (!d) {
        ctx.addIssue({ code: "custom", message: libText("validation.decisionDateInvalid") });
        return z.NEVER;
      }
      return d;
    }),
  delegationId: z
    .string()
    .optional()
    .transform((v) => v || null),
});
