import { z } from "@/lib/validation";
import { libText } from "@/lib/i18n/lib-token";

// Query parameters of the open-data API (documented in openapi.ts).
export const deAnQuery = z.object({
  nam: z.coerce.number().int().min(2000).max(2100).optional(),
  tinh: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, libText("validation.theProvinceCodeIsNot"))
    .optional(),
  trang: z.coerce.number().int().min(1).max(10_000).default(1),
  soDong: z.coerce.number().int().min(1).max(100).default(20),
  /** `minhHoa=1` includes đề án with illustrative amounts in the total (always listed, flagged). */
  minhHoa: z.enum(["0", "1"]).optional(),
});

export const chiTieuQuery = z.object({
  ky: z
    .string()
    .regex(/^\d{4}-\d{4}$/, libText("validation.aPeriodLooksLike2021"))
    .default("2021-2025"),
  tinh: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, libText("validation.theProvinceCodeIsNot"))
    .optional(),
});

export type DeAnQuery = z.output<typeof deAnQuery>;
export type ChiTieuQuery = z.output<typeof chiTieuQuery>;

export function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (v !== "") out[k] = v;
  return out;
}
