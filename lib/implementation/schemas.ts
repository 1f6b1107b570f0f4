import { z } from "@/lib/validation";
import { optionalText, zDay, zMoney } from "@/lib/funding/schemas";
import { libText } from "@/lib/i18n/lib-token";

const percent = (label: string) =>
  z.coerce
    .number({ message: `${label} phải là số.` })
    .min(0, `${label} từ 0 đến 100.`)
    .max(100, `${label} từ 0 đến 100.`);

export const progressReportSchema = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Chọn kỳ báo cáo (tháng/năm)."),
  percentComplete: percent("Tỷ lệ khối lượng hoàn thành").transform((v) => Math.round(v)),
  /** Percent of the total investment done, kept in basis points: the advance rule reads it. */
  investmentDonePercent: percent("Tỷ lệ vốn đầu tư đã thực hiện").transform((v) => Math.round(v * 100)),
  content: z.string().trim().min(10, "Mô tả kết quả thực hiện trong kỳ (ít nhất 10 ký tự).").max(4000),
  issues: optionalText(2000),
});

export const visitSchema = z.object({
  kind: z.enum(["MONITORING", "POST_CHECK"], { message: libText("validation.chooseCheckKind") }),
  visitedAt: zDay,
  findings: z.string().trim().min(10, "Ghi kết quả kiểm tra (ít nhất 10 ký tự).").max(4000),
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
  reason: z.string().trim().min(10, "Nêu lý do điều chỉnh (ít nhất 10 ký tự).").max(2000),
  newAmount: zMoney.optional(),
  newText: optionalText(500),
  newEndDate: zDay.optional(),
  volumeDonePercent: percent("Khối lượng đã thực hiện").optional(),
});

export const amendmentDecisionSchema = z.object({
  approve: z.enum(["yes", "no"]).transform((v) => v === "yes"),
  decisionNo: z.string().trim().min(3, "Ghi số quyết định / văn bản.").max(100),
  decisionReason: z.string().trim().min(5, "Ghi lý do (ít nhất 5 ký tự).").max(2000),
});

export const acceptanceSchema = z.object({
  minutesNo: z.string().trim().min(2, "Ghi số biên bản nghiệm thu.").max(100),
  acceptedAt: zDay,
  kind: z.enum(["BASE", "FINAL"]).default("BASE"),
  note: optionalText(2000),
  /** Indicator code → achieved value (non-negative integers). */
  indicators: z.record(
    z.string().regex(/^[A-Z0-9_]+$/),
    z.coerce.number().int("Giá trị chỉ tiêu là số nguyên.").min(0, "Giá trị không âm."),
  ),
});

export const acceptanceScheduleSchema = z.object({
  scheduledFor: zDay,
  place: z.string().trim().min(3, "Ghi địa điểm nghiệm thu.").max(300),
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
    .union([z.literal(""), z.coerce.number().int().min(0, "Số lao động không âm.")])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  note: optionalText(2000),
});
