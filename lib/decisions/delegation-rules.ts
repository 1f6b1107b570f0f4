import type { SignMode } from "@/lib/generated/prisma/enums";

// Pure rules of signing for someone else (ND 30/2020/NĐ-CP Art. 13): ký thay (KT.) for a deputy of the
// head, thừa lệnh (TL.) for a head of division authorised by the head, thừa ủy quyền (TUQ.) for a
// written, time-limited authorisation. Every delegation has a start and an end; outside it, no signing.
export type DelegationWindow = { validFrom: Date; validTo: Date; revokedAt: Date | null };

export function isDelegationActive(d: DelegationWindow, at: Date): boolean {
  return !d.revokedAt && d.validFrom.getTime() <= at.getTime() && at.getTime() <= d.validTo.getTime();
}

export const SIGN_MODE_TEXT = {
  DIRECT: { vi: "Ký trực tiếp", en: "Signed directly" },
  KY_THAY: { vi: "Ký thay (KT.)", en: "Signed for (deputy)" },
  THUA_LENH: { vi: "Thừa lệnh (TL.)", en: "By order of" },
  UY_QUYEN: { vi: "Thừa ủy quyền (TUQ.)", en: "By authorisation" },
} as const satisfies Record<SignMode, { vi: string; en: string }>;
