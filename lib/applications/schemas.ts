import { z } from "@/lib/validation";
import { parseMoney } from "@/lib/money";
import { addressProblem } from "@/lib/establishments/address";
import { libText } from "@/lib/i18n/lib-token";

// The application form's data. Drafts keep what the user typed (strings) so a half-filled form survives a
// reload exactly; submission parses the same data strictly. Field paths ("lines.0.unitPrice") are the keys
// the form shows errors under.

/** Investment contents need a supplier quotation before they can be appraised (domain.md §4.2). */
export { NEEDS_QUOTATION } from "@/lib/applications/quotation";

export const DOCUMENT_KINDS = [
  "BUSINESS_LICENCE",
  "QUOTATION",
  "PHOTO",
  "FINANCIAL",
  "COMMITMENT",
  "SUPPLEMENT",
  "OTHER",
] as const;
export type UploadKind = (typeof DOCUMENT_KINDS)[number];

const str = (max: number) => z.string().max(max, libText("validation.atMostChars", { max })).default("");

export const draftLineSchema = z.object({
  item: str(200),
  costKind: str(60),
  quantity: str(12),
  unit: str(30),
  unitPrice: str(40),
  requestedSupport: str(40),
});

export const draftSchema = z.object({
  activityCategoryId: str(40),
  title: str(300),
  objectives: str(4000),
  communeId: str(40),
  location: str(300),
  startDate: str(10),
  endDate: str(10),
  lines: z.array(draftLineSchema).max(50, libText("validation.atMost50CostLines")).default([]),
  attestCounterpart: z.boolean().default(false),
  attestNoDoubleFunding: z.boolean().default(false),
  /** The wizard step the applicant was on (0–4), so the form reopens there (issue 13.6). */
  step: z.number().int().min(0).max(4).optional(),
});

export type DraftData = z.output<typeof draftSchema>;
export type DraftLine = z.output<typeof draftLineSchema>;

export const EMPTY_LINE: DraftLine = {
  item: "",
  costKind: "",
  quantity: "1",
  unit: "cái",
  unitPrice: "",
  requestedSupport: "",
};

export const emptyDraft = (communeId = ""): DraftData => ({
  activityCategoryId: "",
  title: "",
  objectives: "",
  communeId,
  location: "",
  startDate: "",
  endDate: "",
  lines: [{ ...EMPTY_LINE }],
  attestCounterpart: false,
  attestNoDoubleFunding: false,
});

const money = (label: string, allowZero: boolean) =>
  z
    .string()
    .trim()
    .min(1, libText(`fields.${label}.enter`))
    .transform((v, ctx) => {
      const p = parseMoney(v);
      if (!p.ok) {
        ctx.addIssue({ code: "custom", message: p.message });
        return z.NEVER;
      }
      if (p.vnd < 0n || (!allowZero && p.vnd === 0n)) {
        ctx.addIssue({
          code: "custom",
          message: libText(`fields.${label}.${allowZero ? "notNegative" : "positive"}`),
        });
        return z.NEVER;
      }
      return p.vnd;
    });

const isoDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, libText(`fields.${label}.choose`))
    .transform((v, ctx) => {
      const d = new Date(`${v}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
        ctx.addIssue({ code: "custom", message: libText(`fields.${label}.invalid`) });
        return z.NEVER;
      }
      return d;
    });

export const submitLineSchema = z
  .object({
    item: z
      .string()
      .trim()
      .min(2, libText("validation.enterTheItemSName"))
      .max(200, libText("validation.atMost200Characters")),
    costKind: z.string().min(1, libText("validation.chooseCostKind")),
    quantity: z
      .string()
      .trim()
      .regex(/^\d{1,6}$/, libText("validation.theQuantityIsAPositive"))
      .transform(Number)
      .refine((n) => n >= 1, libText("validation.theQuantityIsAtLeast")),
    unit: z
      .string()
      .trim()
      .min(1, libText("validation.enterTheUnit"))
      .max(30, libText("validation.atMost30Characters")),
    unitPrice: money("unitPrice", false),
    requestedSupport: money("requestedSupport", true),
  })
  .transform((l, ctx) => {
    const total = l.unitPrice * BigInt(l.quantity);
    if (l.requestedSupport > total)
      ctx.addIssue({
        code: "custom",
        path: ["requestedSupport"],
        message: libText("validation.supportAboveLine"),
      });
    return { ...l, total, counterpart: total - l.requestedSupport };
  });

export function submitSchemaFor(today: Date) {
  return z
    .object({
      activityCategoryId: z.string().min(1, libText("validation.chooseTheIndustrialExtensionActivity2")),
      title: z
        .string()
        .trim()
        .min(10, libText("validation.aProjectSTitleNeeds"))
        .max(300, libText("validation.atMost300Characters")),
      objectives: z
        .string()
        .trim()
        .min(20, libText("validation.describeTheObjectivesAndExpected"))
        .max(4000, libText("validation.atMost4000Characters")),
      communeId: z.string().min(1, libText("validation.chooseTheCommuneOrWard")),
      location: z
        .string()
        .trim()
        .max(300, libText("validation.atMost300Characters"))
        .superRefine((v, ctx) => {
          const problem = addressProblem(v, "địa điểm thực hiện");
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }),
      startDate: isoDate("startDate"),
      endDate: isoDate("endDate"),
      lines: z
        .array(submitLineSchema)
        .min(1, libText("validation.addAtLeastOneCost"))
        .max(50, libText("validation.atMost50CostLines")),
      attestCounterpart: z.literal(true, { error: libText("validation.commitCounterpart") }),
      attestNoDoubleFunding: z.literal(true, {
        error: libText("validation.commitNoDoubleFunding"),
      }),
    })
    .superRefine((v, ctx) => {
      if (v.startDate < today)
        ctx.addIssue({ code: "custom", path: ["startDate"], message: libText("validation.startBeforeSubmission") });
      if (v.endDate < v.startDate)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: libText("validation.endAfterStart") });
      const limit = new Date(v.startDate);
      limit.setUTCFullYear(limit.getUTCFullYear() + 3);
      if (v.endDate > limit)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: libText("validation.durationMax3Years") });
    });
}

export type SubmitData = z.output<ReturnType<typeof submitSchemaFor>>;

export const withdrawSchema = z.object({
  reason: z
    .string({ error: libText("validation.enterWithdrawReason") })
    .trim()
    .min(5, libText("validation.stateWhyTheDossierIs"))
    .max(1000, libText("validation.atMost1000Characters")),
});

export const resubmitSchema = z.object({
  note: z
    .string({ error: libText("validation.describeSupplement") })
    .trim()
    .min(5, libText("validation.brieflyDescribeWhatWasSupplemented"))
    .max(2000, libText("validation.atMost2000Characters")),
});

export const lookupSchema = z.object({
  code: z
    .string({ error: libText("validation.enterDossierCode") })
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z.]{5,20}-\d{6}-\d{4,5}$/, libText("validation.aDossierCodeLooksLike")),
});
