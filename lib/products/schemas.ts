import { z } from "@/lib/validation";
import { PRODUCT_LEVELS } from "@/lib/products/levels";
import { libText } from "@/lib/i18n/lib-token";

// Product groups of TT 26/2014/TT-BCT: 1 handicraft; 2 processed agro-forestry-fishery products and food;
// 3 machinery, tools, mechanical parts; 4 other.
export const PRODUCT_GROUPS = [
  { value: "1", label: "Nhóm 1: Thủ công mỹ nghệ" },
  { value: "2", label: "Nhóm 2: Chế biến nông – lâm – thủy sản, thực phẩm" },
  { value: "3", label: "Nhóm 3: Máy móc, công cụ, phụ tùng cơ khí" },
  { value: "4", label: "Nhóm 4: Sản phẩm khác" },
] as const;

/** English labels of PRODUCT_GROUPS, same values and order. */
export const PRODUCT_GROUPS_EN = [
  { value: "1", label: "Group 1: Handicrafts and fine arts" },
  { value: "2", label: "Group 2: Processed agricultural, forestry and fishery products; food" },
  { value: "3", label: "Group 3: Machinery, tools and mechanical parts" },
  { value: "4", label: "Group 4: Other products" },
] as const satisfies ReadonlyArray<{ value: (typeof PRODUCT_GROUPS)[number]["value"]; label: string }>;

/** TT 38/2025/TT-BCT: from 01/07/2025 the district level became the commune level. */
export const LAST_DISTRICT_YEAR = 2025;
export const FIRST_COMMUNE_YEAR = 2025;

export const productSchema = z
  .object({
    name: z
      .string({ error: libText("validation.enterProductName") })
      .trim()
      .min(3, libText("validation.enterTheProductSName"))
      .max(200, libText("validation.atMost200Characters")),
    level: z.enum(PRODUCT_LEVELS, { error: libText("validation.chooseRecognitionLevel") }),
    year: z.coerce
      .number({ error: libText("validation.enterRecognitionYear") })
      .int(libText("validation.theYearIsAWhole"))
      .min(2014, libText("validation.theYearOfRecognitionIs"))
      .max(2100, libText("validation.theYearIsNotValid")),
    establishmentId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null),
    producer: z
      .string()
      .trim()
      .max(200, libText("validation.atMost200Characters"))
      .optional()
      .transform((v) => v || null),
    certificateNo: z
      .string()
      .trim()
      .max(100, libText("validation.atMost100Characters"))
      .optional()
      .transform((v) => v || null),
    productGroup: z.enum(["1", "2", "3", "4"], { error: libText("validation.chooseProductGroup") }).transform(Number),
  })
  .superRefine((v, ctx) => {
    if (v.level === "DISTRICT" && v.year > LAST_DISTRICT_YEAR)
      ctx.addIssue({
        code: "custom",
        path: ["level"],
        message: libText("validation.noDistrictAfterReform"),
      });
    if (v.level === "COMMUNE" && v.year < FIRST_COMMUNE_YEAR)
      ctx.addIssue({
        code: "custom",
        path: ["level"],
        message: libText("validation.districtBeforeReform"),
      });
    if (!v.establishmentId && !v.producer)
      ctx.addIssue({
        code: "custom",
        path: ["producer"],
        message: libText("validation.chooseEstablishment"),
      });
  });

export type ProductInput = z.output<typeof productSchema>;
