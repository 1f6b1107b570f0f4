import type { ProductLevel } from "@/lib/generated/prisma/enums";

// TT 26/2014/TT-BCT (amended by TT 38/2025/TT-BCT from 01/07/2025: district level → commune level).
export const PRODUCT_LEVELS = [
  "COMMUNE",
  "DISTRICT",
  "PROVINCE",
  "REGION",
  "NATION",
] as const satisfies readonly ProductLevel[];

export const PRODUCT_LEVEL_LABELS = {
  COMMUNE: "Cấp xã",
  DISTRICT: "Cấp huyện (đến 30/06/2025)",
  PROVINCE: "Cấp tỉnh",
  REGION: "Cấp khu vực",
  NATION: "Cấp quốc gia",
} as const satisfies Record<ProductLevel, string>;

/** English labels for the pages (the Vietnamese above stays the reference, used in reports and data). */
export const PRODUCT_LEVEL_LABELS_EN = {
  COMMUNE: "Commune level",
  DISTRICT: "District level (until 30/06/2025)",
  PROVINCE: "Provincial level",
  REGION: "Regional level",
  NATION: "National level",
} as const satisfies Record<ProductLevel, string>;

/**
 * The certificate is valid until 31 December of the third year counted from the year of recognition
 * (TT 26/2014/TT-BCT; domain §4.7), the year of recognition being the first: recognised in 2024 → 31/12/2026.
 */
export function certificateExpiry(year: number): Date {
  return new Date(Date.UTC(year + 2, 11, 31));
}

export function isCertificateValid(expiresAt: Date, asOf: Date): boolean {
  return expiresAt.getTime() >= Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());
}
