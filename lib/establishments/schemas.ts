import { z } from "@/lib/validation";
import { checkTaxCode } from "@/lib/establishments/tax-code";
import { addressProblem } from "@/lib/establishments/address";
import { INDUSTRIES } from "@/lib/rules/industries";
import { passwordProblem } from "@/lib/auth/password-policy";
import { libText } from "@/lib/i18n/lib-token";

const KINDS = ["DN", "HTX", "THT", "HKD", "LHHTX", "NGHE_NHAN"] as const;
/** Kinds that always hold an enterprise/cooperative tax code; households and groups may give a registration number. */
export const KINDS_REQUIRING_TAX_CODE: readonly string[] = ["DN", "HTX", "LHHTX"];

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, libText("validation.atMostChars", { max }))
    .optional()
    .transform((v) => v || null);

/** "0912 345 678", "+84912345678" → "0912345678"; null if it is not a Vietnamese mobile/landline number. */
export function normalizePhone(input: string): string | null {
  const digits = input
    .replace(/[\s.()-]/g, "")
    .replace(/^\+84/, "0")
    .replace(/^84(?=\d{9}$)/, "0");
  return /^0\d{9}$/.test(digits) ? digits : null;
}

export const identifierSchema = z
  .string({ error: libText("validation.enterLogin") })
  .trim()
  .min(1, libText("validation.enterLogin"))
  .transform((v, ctx) => {
    if (v.includes("@")) {
      const email = v.toLowerCase();
      if (!z.email().safeParse(email).success) {
        ctx.addIssue({ code: "custom", message: libText("validation.emailInvalid") });
        return z.NEVER;
      }
      return { email, phone: null as string | null };
    }
    const phone = normalizePhone(v);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: libText("validation.phoneShapeExample") });
      return z.NEVER;
    }
    return { email: null as string | null, phone };
  });

/** ≥ 10 characters and not a common or breached pattern (lib/auth/password-policy.ts, issue 22). */
export const passwordSchema = z.string({ error: libText("validation.enterPassword") }).superRefine((v, ctx) => {
  const problem = passwordProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const accountSchema = z
  .object({
    name: z
      .string({ error: libText("validation.enterFullName") })
      .trim()
      .min(2, libText("validation.enterFullName"))
      .max(100, libText("validation.atMost100Characters")),
    identifier: identifierSchema,
    password: passwordSchema,
    confirm: z.string({ error: libText("validation.repeatPassword") }),
    agree: checkbox.refine((v) => v, libText("validation.pleaseAgreeToThePortal")),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: libText("validation.passwordsDiffer") });

export const establishmentSchema = z
  .object({
    kind: z.enum(KINDS, { error: libText("validation.chooseEstablishmentKind") }),
    name: z
      .string({ error: libText("validation.enterEstablishmentName") })
      .trim()
      .min(3, libText("validation.enterTheEstablishmentSName"))
      .max(200, libText("validation.atMost200Characters")),
    taxCode: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null),
    householdRegNo: optionalText(50),
    communeId: z.string({ error: libText("validation.chooseCommune") }).min(1, libText("validation.chooseCommune")),
    address: z
      .string({ error: libText("validation.enterAddress") })
      .trim()
      .max(300, libText("validation.atMost300Characters"))
      .superRefine((v, ctx) => {
        const problem = addressProblem(v, "địa chỉ sản xuất");
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    industryCode: z.enum(INDUSTRIES.map((i) => i.code) as [string, ...string[]], {
      error: libText("validation.chooseIndustry"),
    }),
    industry: z
      .string({ error: libText("validation.describeProducts") })
      .trim()
      .min(3, libText("validation.brieflyDescribeTheMainProducts"))
      .max(200, libText("validation.atMost200Characters")),
    workforce: z.coerce
      .number({ error: libText("validation.enterWorkers") })
      .int(libText("validation.theNumberOfWorkersIs"))
      .min(0, libText("validation.theNumberOfWorkersCannot"))
      .max(100_000, libText("validation.theNumberOfWorkersIs2")),
    womenOwned: checkbox,
    ethnicMinorityOwned: checkbox,
    representative: z
      .string({ error: libText("validation.enterRepresentative") })
      .trim()
      .min(2, libText("validation.enterTheRepresentativeOwner"))
      .max(100, libText("validation.atMost100Characters")),
    // Printed on the support contract (Bên B): the representative's title and the account support is paid into.
    representativeTitle: optionalText(100),
    bankAccount: z
      .string()
      .trim()
      .max(40, libText("validation.atMost40Characters"))
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        if (!/^[0-9][0-9 .-]{4,38}[0-9]$/.test(v))
          ctx.addIssue({
            code: "custom",
            message: libText("validation.accountNumberShape"),
          });
        return v;
      }),
    bankName: optionalText(150),
    phone: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        const p = normalizePhone(v);
        if (!p) ctx.addIssue({ code: "custom", message: libText("validation.phoneShape") });
        return p;
      }),
    email: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        if (!z.email().safeParse(v).success)
          ctx.addIssue({ code: "custom", message: libText("validation.emailInvalid") });
        return v.toLowerCase();
      }),
  })
  .transform((v, ctx) => {
    if (!v.taxCode) {
      if (KINDS_REQUIRING_TAX_CODE.includes(v.kind))
        ctx.addIssue({ code: "custom", path: ["taxCode"], message: libText("validation.taxCodeRequired") });
      return v;
    }
    const check = checkTaxCode(v.taxCode);
    if (!check.ok) {
      ctx.addIssue({ code: "custom", path: ["taxCode"], message: check.message });
      return v;
    }
    return { ...v, taxCode: check.normalized };
  });

export type EstablishmentInput = z.output<typeof establishmentSchema>;

/** Staff at the commune desk: the profile, plus optionally an account the enterprise can use later. */
export const assistedSchema = z.object({
  accountIdentifier: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
  accountPassword: z
    .string()
    .optional()
    .transform((v) => v || null),
  note: z
    .string({ error: libText("validation.noteIntakePlace") })
    .trim()
    .min(3, libText("validation.stateWhereItWasReceived"))
    .max(300, libText("validation.atMost300Characters")),
});
