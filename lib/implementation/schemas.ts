import { z } from "@/lib/validation";
import { optionalText, zDay, zMoney } from "@/lib/funding/schemas";
import { libText } from "@/lib/i18n/lib-token";

/** A percentage field; `field` names it in the messages (lib catalog "fields"). */
const percent = (field: string) => {
  const label = libText(`fields.${field}`);
  return z.coerce
    .number({ message: libText("validation.fieldIsNumber", { label }) })
    .min(0, libText("validation.fieldIs0To100", { label }))
    .max(100, libText("validation.fieldIs0To100", { label }));
};

export const progressReportSchema = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, libText("validation.chooseTheReportingPeriodMonth")),
  percentComplete: percent("percentComplete").transform((v) => Math.round(v)),
  /** Percent of the total investment done, kept in basis points: the advance rule reads it. */
  investmentDonePercent: percent("investmentDonePercent").transform((v) => Math.round(v * 100)),
  content: z.string().trim().min(10, libText("validation.describeTheResultsOfThe")).max(4000),
  issues: optionalText(2000),
});

export const visitSchema = z.object({
  kind: z.enum(["MONITORING", "POST_CHECK"], { message: libText("validation.chooseCheckKind") }),
  visitedAt: zDay,
  findings: z.string().trim().min(10, libText("validation.writeTheFindingsAtLeast")).max(4000),
  compliant: z.enum(["yes", "no"], { message: libText("validation.chooseConclusion") }).transform((v) => v === "yes"),
});

export const AMENDMENT_KINDS = [
  "AMOUNT_INCREASE",
  "AMOUNT_DECREASE",
  "BENEFICIARY",
  "LOCATION",
  "TIME",
  "CONTENT",
  "STOP",
  "FORCE_MAJEURE",
] as const;

export const amendmentRequestSchema = z.object({
  kind: z.enum(AMENDMENT_KINDS, { message: libText("validation.chooseAmendmentKind") }),
  reason: z.string().trim().min(10, libText("validation.stateTheReasonForThe")).max(2000),
  newAmount: zMoney.optional(),
  newText: optionalText(500),
  newEndDate: zDay.optional(),
  volumeDonePercent: percent("volumeDonePercent").optional(),
});

export const amendmentDecisionSchema = z.object({
  approve: z.enum(["yes", "no"]).transform((v) => v === "yes"),
  decisionNo: z.string().trim().min(3, libText("validation.writeTheDecisionSOr")).max(100),
  decisionReason: z.string().trim().min(5, libText("validation.writeTheReasonAtLeast")).max(2000),
});

export const acceptanceSchema = z.object({
  minutesNo: z.string().trim().min(2, libText("validation.writeTheAcceptanceMinutesNumber")).max(100),
  acceptedAt: zDay,
  kind: z.enum(["BASE", "FINAL"]).default("BASE"),
  note: optionalText(2000),
  /** Indicator code → achieved value (non-negative integers). */
  indicators: z.record(
    z.string().regex(/^[A-Z0-9_]+$/),
    z.coerce
      .number()
      .int(libText("validation.theIndicatorSValueIs"))
      .min(0, libText("validation.theValueCannotBeNegative")),
  ),
});

export const acceptanceScheduleSchema = z.object({
  scheduledFor: zDay,
  place: z.string().trim().min(3, libText("validation.writeWhereTheAcceptanceTakes")).max(300),
  note: optionalText(1000),
});

export const settlementSchema = z.object({
  settledAt: zDay,
  note: optionalText(2000),
  /** A leader's reasoned exception when the documented counterpart is below what the rules require. */
  exceptionReason: optionalText(2000),
});

export const followUpSchema = z.object({
  checkedAt: zDay,
  machineInUse: z.enum(["yes", "no", "na"]).transform((v) => (v === "na" ? null : v === "yes")),
  jobsKept: z
    .union([z.literal(""), z.coerce.number().int().min(0, libText("validation.theNumberOfWorkersCannot"))])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  note: optionalText(2000),
});
