"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { initialFormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { INDUSTRIES, INDUSTRY_LABELS_EN, KIND_LABELS, KIND_LABELS_EN } from "@/lib/rules/industries";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { CommuneSelect, type CommuneChoice } from "@/components/establishment/commune-select";
import { ValidatedForm } from "@/components/forms/validated-form";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export type EstablishmentValues = Partial<
  Record<
    | "kind"
    | "name"
    | "taxCode"
    | "householdRegNo"
    | "communeId"
    | "address"
    | "industryCode"
    | "industry"
    | "workforce"
    | "representative"
    | "representativeTitle"
    | "bankAccount"
    | "bankName"
    | "phone"
    | "email"
    | "womenOwned"
    | "ethnicMinorityOwned",
    string
  >
>;

/** The establishment profile (ND 45/2012 Art. 1.2 beneficiary facts); also used by staff at the commune desk. */
export function EstablishmentForm({
  action,
  initial,
  communes,
  submitLabel,
  assisted = false,
  establishmentId,
  locale = "vi",
}: {
  action: Action;
  initial: EstablishmentValues;
  communes: CommuneChoice[];
  submitLabel: string;
  assisted?: boolean;
  establishmentId?: string;
  locale?: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, formAction] = useActionState(action, initialFormState);
  const v: Record<string, string | undefined> = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm
      action={formAction}
      state={state}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="establishment-form"
    >
      <FormMessage state={state} />
      {establishmentId && <input type="hidden" name="establishmentId" value={establishmentId} />}
      <Field name="kind" label={t("Loại hình cơ sở", "Type of establishment")} errors={e.kind}>
        <select
          id="f-kind"
          name="kind"
          className={inputClass}
          defaultValue={v.kind ?? ""}
          aria-invalid={Boolean(e.kind)}
        >
          <option value="" disabled>
            {t("— Chọn loại hình —", "— Choose a type —")}
          </option>
          {Object.entries(locale === "vi" ? KIND_LABELS : KIND_LABELS_EN).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        name="name"
        label={t("Tên cơ sở (theo giấy đăng ký)", "Name of the establishment (as registered)")}
        defaultValue={v.name}
        errors={e.name}
        autoComplete="organization"
        required
      />
      <Field
        name="taxCode"
        label={t("Mã số thuế", "Tax code")}
        defaultValue={v.taxCode}
        errors={e.taxCode}
        inputMode="numeric"
        hint={t(
          "10 chữ số, hoặc 13 chữ số với mã đơn vị phụ thuộc (ví dụ 0100109106-001). Bắt buộc với doanh nghiệp, hợp tác xã.",
          "10 digits, or 13 digits for a dependent unit (e.g. 0100109106-001). Required for enterprises and cooperatives.",
        )}
      />
      <Field
        name="householdRegNo"
        label={t(
          "Số giấy chứng nhận đăng ký hộ kinh doanh / tổ hợp tác (nếu có)",
          "Household business / cooperative group registration number (if any)",
        )}
        defaultValue={v.householdRegNo}
        errors={e.householdRegNo}
      />
      <CommuneSelect
        communes={communes}
        defaultValue={v.communeId ?? ""}
        errors={e.communeId}
        label={t("Xã/phường nơi sản xuất", "Commune/ward of production")}
        locale={locale}
      />
      <Field
        name="address"
        label={t("Địa chỉ sản xuất (thôn/xóm, số nhà)", "Production address (village/hamlet, house number)")}
        defaultValue={v.address}
        errors={e.address}
        autoComplete="street-address"
        required
      />
      <Field
        name="industryCode"
        label={t("Ngành nghề (theo Điều 5 Nghị định 45/2012/NĐ-CP)", "Industry (Article 5, Decree 45/2012/NĐ-CP)")}
        errors={e.industryCode}
      >
        <select
          id="f-industryCode"
          name="industryCode"
          className={inputClass}
          defaultValue={v.industryCode ?? ""}
          aria-invalid={Boolean(e.industryCode)}
        >
          <option value="" disabled>
            {t("— Chọn ngành nghề —", "— Choose an industry —")}
          </option>
          {INDUSTRIES.map((i) => (
            <option key={i.code} value={i.code}>
              {locale === "vi" ? i.label : INDUSTRY_LABELS_EN[i.code]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        name="industry"
        label={t("Sản phẩm chính", "Main products")}
        defaultValue={v.industry}
        errors={e.industry}
        hint={t(
          "Ví dụ: đồ gỗ mỹ nghệ, bún khô, nông cụ cơ khí.",
          "For example: fine woodcraft, dried rice noodles, farm tools.",
        )}
        required
      />
      <Field
        name="workforce"
        type="number"
        min={0}
        inputMode="numeric"
        label={t("Số lao động thường xuyên", "Regular workforce")}
        defaultValue={v.workforce ?? "0"}
        errors={e.workforce}
      />
      <fieldset className="mb-4">
        <legend className="text-sm font-semibold text-slate-800">
          {t("Đối tượng ưu tiên (Nghị định 235/2025/NĐ-CP)", "Priority groups (Decree 235/2025/NĐ-CP)")}
        </legend>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="womenOwned"
            className="h-5 w-5"
            defaultChecked={v.womenOwned === "on" || v.womenOwned === "true"}
          />{" "}
          {t("Cơ sở do phụ nữ làm chủ", "Owned by a woman")}
        </label>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="ethnicMinorityOwned"
            className="h-5 w-5"
            defaultChecked={v.ethnicMinorityOwned === "on" || v.ethnicMinorityOwned === "true"}
          />{" "}
          {t("Cơ sở do người dân tộc thiểu số làm chủ", "Owned by an ethnic minority person")}
        </label>
      </fieldset>
      <Field
        name="representative"
        label={t("Người đại diện / chủ cơ sở", "Representative / owner")}
        defaultValue={v.representative}
        errors={e.representative}
        autoComplete="name"
        required
      />
      <Field
        name="representativeTitle"
        label={t("Chức danh người đại diện (in trên hợp đồng)", "Representative's title (printed on the contract)")}
        placeholder={t("Chủ hộ kinh doanh, Giám đốc…", "Household business owner, Director…")}
        defaultValue={v.representativeTitle}
        errors={e.representativeTitle}
      />
      <Field
        name="bankAccount"
        label={t("Số tài khoản nhận kinh phí hỗ trợ", "Bank account for the support")}
        defaultValue={v.bankAccount}
        errors={e.bankAccount}
        inputMode="numeric"
      />
      <Field name="bankName" label={t("Mở tại ngân hàng", "Bank")} defaultValue={v.bankName} errors={e.bankName} />
      <Field
        name="phone"
        type="tel"
        label={t("Điện thoại liên hệ", "Contact phone")}
        defaultValue={v.phone}
        errors={e.phone}
        autoComplete="tel"
      />
      <Field
        name="email"
        type="email"
        label={t("Email liên hệ", "Contact email")}
        defaultValue={v.email}
        errors={e.email}
        autoComplete="email"
      />
      {assisted && !establishmentId && (
        <fieldset className="mb-4 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">
            {t("Tiếp nhận tại bộ phận một cửa", "Received at the one-stop desk")}
          </legend>
          <Field
            name="note"
            label={t("Nơi tiếp nhận", "Place of reception")}
            defaultValue={v.note}
            errors={e.note}
            hint={t(
              "Ghi vào nhật ký hệ thống là đăng ký hộ.",
              "Recorded in the audit log as an assisted registration.",
            )}
            required
          />
          <Field
            name="accountIdentifier"
            label={t(
              "Tạo tài khoản cho cơ sở: email hoặc số điện thoại (không bắt buộc)",
              "Create an account for the establishment: email or phone (optional)",
            )}
            defaultValue={v.accountIdentifier}
            errors={e.accountIdentifier ?? e.identifier}
          />
          <Field
            name="accountPassword"
            type="password"
            label={t("Mật khẩu tạm (nếu tạo tài khoản)", "Temporary password (if creating an account)")}
            autoComplete="new-password"
            errors={e.accountPassword}
          />
        </fieldset>
      )}
      <FieldError errors={e._form} />
      <SubmitButton pendingText={t("Đang lưu…", "Saving…")}>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}
