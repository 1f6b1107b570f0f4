import { z } from "@/lib/validation";
import { parseDate } from "@/lib/dates";
import { parseMoney } from "@/lib/money";
import { libText } from "@/lib/i18n/lib-token";

/** A calendar day typed as DD/MM/YYYY or sent by <input type="date"> as YYYY-MM-DD → UTC midnight. */
export const zDay = z.union([z.string(), z.date()]).transform((v, ctx) => {
  if (v instanceof Date) return new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  const d = iso ? parseDate(`${iso[3]}/${iso[2]}/${iso[1]}`) : parseDate(v);
  if (!d) {
    ctx.addIssue({ code: "custom", message: libText("validation.dateInvalidExample") });
    return z.NEVER;
  }
  return d;
});

/** "140 triệu", "140.000.000" or a bigint → positive integer VND. */
export const zMoney = z.union([z.string(), z.bigint()]).transform((v, ctx) => {
  if (typeof v === "bigint") return v;
  const parsed = parseMoney(v);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  if (parsed.vnd <= 0n) {
    ctx.addIssue({ code: "custom", message: libText("validation.moneyPositive") });
    return z.NEVER;
  }
  return parsed.vnd;
});

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, libText("validation.atMostChars", { max }))
    .optional()
    .transform((v) => (v ? v : null));

export const signContractSchema = z.object({
  signedAt: zDay,
  partyA: optionalText(300),
  partyB: optionalText(300),
  /** Copies the contract is made in, shared equally by the parties (issue 16: "số bản"). */
  copies: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : v),
    z.coerce
      .number({ message: libText("validation.enterCopies") })
      .int(libText("validation.theNumberOfCopiesIs"))
      .min(2, libText("validation.atLeast2Copies"))
      .max(10, libText("validation.atMost10Copies"))
      .refine((n) => n % 2 === 0, libText("validation.anEvenNumberOfCopies"))
      .default(4),
  ),
});

export const POSTING_KINDS = ["ADVANCE", "FINAL_PAYMENT", "REFUND", "COUNTERPART"] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

export const postingSchema = z.object({
  kind: z.enum(POSTING_KINDS, { message: libText("validation.chooseEntryKind") }),
  amount: zMoney,
  occurredAt: zDay,
  note: optionalText(500),
  evidenceDocumentId: optionalText(64),
});

export type PostingInput = z.input<typeof postingSchema>;

export const LEDGER_KIND_LABELS = {
  COMMITMENT: { vi: "Cam kết (kinh phí được duyệt)", en: "Commitment" },
  ADVANCE: { vi: "Tạm ứng", en: "Advance" },
  FINAL_PAYMENT: { vi: "Thanh toán", en: "Final payment" },
  REFUND: { vi: "Hoàn trả kinh phí chưa sử dụng", en: "Refund" },
  COUNTERPART: { vi: "Vốn đối ứng (có chứng từ)", en: "Counterpart (with evidence)" },
} as const;
