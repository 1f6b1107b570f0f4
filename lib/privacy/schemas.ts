import { z } from "@/lib/validation";
import { libText } from "@/lib/i18n/lib-token";

export const anonymizeSchema = z.object({
  establishmentId: z.string().trim().min(1).max(60),
  reason: z.string().trim().min(10, libText("validation.stateTheGroundsForThe")).max(2000),
  confirm: z.preprocess(
    (v) => v === true || v === "on" || v === "true",
    z.literal(true, { message: libText("validation.confirmIrreversible") }),
  ),
});

export type AnonymizeInput = z.input<typeof anonymizeSchema>;

/** Personal fields of an establishment and of its accounts (Nghị định 13/2023/NĐ-CP on personal data). */
export const PERSONAL_FIELDS = [
  "Establishment.name",
  "Establishment.taxCode",
  "Establishment.householdRegNo",
  "Establishment.address",
  "Establishment.representative",
  "Establishment.representativeTitle",
  "Establishment.bankAccount",
  "Establishment.bankName",
  "Establishment.phone",
  "Establishment.email",
  "User.name",
  "User.email",
  "User.phone",
  "Message.authorName",
] as const;
