"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { initialFormState } from "@/lib/form-state";
import { INDUSTRIES, KIND_LABELS } from "@/lib/rules/industries";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { CommuneSelect, type CommuneChoice } from "@/components/establishment/commune-select";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export type EstablishmentValues = Partial<Record<
  "kind" | "name" | "taxCode" | "householdRegNo" | "communeId" | "address" | "industryCode" | "industry" | "workforce" | "representative" | "phone" | "email" | "womenOwned" | "ethnicMinorityOwned",
  string
>>;

/** The establishment profile (ND 45/2012 Art. 1.2 beneficiary facts); also used by staff at the commune desk. */
export function EstablishmentForm({ action, initial, communes, submitLabel, assisted = false, establishmentId }: {
  action: Action; initial: EstablishmentValues; communes: CommuneChoice[]; submitLabel: string; assisted?: boolean; establishmentId?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const v: Record<string, string | undefined> = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="establishment-form">
      <FormMessage state={state} />
      {establishmentId && <input type="hidden" name="establishmentId" value={establishmentId} />}
      <Field name="kind" label="Loại hình cơ sở" errors={e.kind}>
        <select id="f-kind" name="kind" className={inputClass} defaultValue={v.kind ?? ""} aria-invalid={Boolean(e.kind)}>
          <option value="" disabled>— Chọn loại hình —</option>
          {Object.entries(KIND_LABELS).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
        </select>
      </Field>
      <Field name="name" label="Tên cơ sở (theo giấy đăng ký)" defaultValue={v.name} errors={e.name} autoComplete="organization" required />
      <Field name="taxCode" label="Mã số thuế" defaultValue={v.taxCode} errors={e.taxCode} inputMode="numeric"
        hint="10 chữ số, hoặc 13 chữ số với mã đơn vị phụ thuộc (ví dụ 0100109106-001). Bắt buộc với doanh nghiệp, hợp tác xã." />
      <Field name="householdRegNo" label="Số giấy chứng nhận đăng ký hộ kinh doanh / tổ hợp tác (nếu có)" defaultValue={v.householdRegNo} errors={e.householdRegNo} />
      <CommuneSelect communes={communes} defaultValue={v.communeId ?? ""} errors={e.communeId} label="Xã/phường nơi sản xuất" />
      <Field name="address" label="Địa chỉ sản xuất (thôn/xóm, số nhà)" defaultValue={v.address} errors={e.address} autoComplete="street-address" required />
      <Field name="industryCode" label="Ngành nghề (theo Điều 5 Nghị định 45/2012/NĐ-CP)" errors={e.industryCode}>
        <select id="f-industryCode" name="industryCode" className={inputClass} defaultValue={v.industryCode ?? ""} aria-invalid={Boolean(e.industryCode)}>
          <option value="" disabled>— Chọn ngành nghề —</option>
          {INDUSTRIES.map((i) => <option key={i.code} value={i.code}>{i.label}</option>)}
        </select>
      </Field>
      <Field name="industry" label="Sản phẩm chính" defaultValue={v.industry} errors={e.industry} hint="Ví dụ: đồ gỗ mỹ nghệ, bún khô, nông cụ cơ khí." required />
      <Field name="workforce" type="number" min={0} inputMode="numeric" label="Số lao động thường xuyên" defaultValue={v.workforce ?? "0"} errors={e.workforce} />
      <fieldset className="mb-4">
        <legend className="text-sm font-semibold text-slate-800">Đối tượng ưu tiên (Nghị định 235/2025/NĐ-CP)</legend>
        <label className="mt-2 flex items-center gap-2 text-sm"><input type="checkbox" name="womenOwned" className="h-5 w-5" defaultChecked={v.womenOwned === "on" || v.womenOwned === "true"} /> Cơ sở do phụ nữ làm chủ</label>
        <label className="mt-2 flex items-center gap-2 text-sm"><input type="checkbox" name="ethnicMinorityOwned" className="h-5 w-5" defaultChecked={v.ethnicMinorityOwned === "on" || v.ethnicMinorityOwned === "true"} /> Cơ sở do người dân tộc thiểu số làm chủ</label>
      </fieldset>
      <Field name="representative" label="Người đại diện / chủ cơ sở" defaultValue={v.representative} errors={e.representative} autoComplete="name" required />
      <Field name="phone" type="tel" label="Điện thoại liên hệ" defaultValue={v.phone} errors={e.phone} autoComplete="tel" />
      <Field name="email" type="email" label="Email liên hệ" defaultValue={v.email} errors={e.email} autoComplete="email" />
      {assisted && !establishmentId && (
        <fieldset className="mb-4 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Tiếp nhận tại bộ phận một cửa</legend>
          <Field name="note" label="Nơi tiếp nhận" defaultValue={v.note} errors={e.note} hint="Ghi vào nhật ký hệ thống là đăng ký hộ." required />
          <Field name="accountIdentifier" label="Tạo tài khoản cho cơ sở: email hoặc số điện thoại (không bắt buộc)" defaultValue={v.accountIdentifier} errors={e.accountIdentifier ?? e.identifier} />
          <Field name="accountPassword" type="password" label="Mật khẩu tạm (nếu tạo tài khoản)" autoComplete="new-password" errors={e.accountPassword} />
        </fieldset>
      )}
      <FieldError errors={e._form} />
      <SubmitButton pendingText="Đang lưu…">{submitLabel}</SubmitButton>
    </form>
  );
}
