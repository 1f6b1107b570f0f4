import { z } from "@/lib/validation";
import { parseDate } from "@/lib/dates";
import { parseMoney } from "@/lib/money";
import { libText } from "@/lib/i18n/lib-token";

const reason = z.string().trim().min(5, libText("validation.pleaseStateTheReasonAt")).max(4000);
const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));

const money = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const parsed = parseMoney(v);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.vnd;
  });

const dateText = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const d = parseDate(v) ?? (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null);
    if (!d || Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message: libText("validation.dateInvalid") });
      return z.NEVER;
    }
    return d;
  });

/** "Giấy phép kinh doanh\nBáo giá máy" → one required item per non-empty line. */
const items = z
  .string()
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(500)).min(1, libText("validation.listAtLeastOneDocument")).max(30));

export const approveSchema = z.object({
  proposalId: z.string().min(1),
  reason,
  delegationId: optionalId,
  approvedSupport: money,
});

export const rejectSchema = z.object({ proposalId: z.string().min(1), reason, delegationId: optionalId });

export const returnSchema = z.object({
  proposalId: z.string().min(1),
  reason,
  delegationId: optionalId,
  items,
  deadline: dateText,
});

export type ApproveInput = z.input<typeof approveSchema>;
export type RejectInput = z.input<typeof rejectSchema>;
export type ReturnInput = z.input<typeof returnSchema>;
