"use client";

import { useActionState } from "react";
import { createDelegationAction, revokeDelegationAction } from "@/lib/decisions/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";

export function DelegationForm({
  colleagues,
  locale,
}: {
  colleagues: Array<{ id: string; name: string; title: string | null }>;
  locale: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [state, action] = useActionState(createDelegationAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm action={action} state={state}>
      <FormMessage state={state} />
      <Field name="delegateId" label={t("Người ký thay", "Signer")} errors={e.delegateId}>
        <select id="f-delegateId" name="delegateId" defaultValue={v.delegateId} className={inputClass} required>
          <option value="">{t("— Chọn —", "— Choose —")}</option>
          {colleagues.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.title ? ` · ${c.title}` : ""}
            </option>
          ))}
        </select>
      </Field>
      <div className="mb-4">
        <label htmlFor="f-mode" className="block text-sm font-semibold">
          {t("Hình thức", "Form")}
        </label>
        <select id="f-mode" name="mode" defaultValue={v.mode ?? "KY_THAY"} className={inputClass}>
          <option value="KY_THAY">
            {t("Ký thay (KT.) — cấp phó ký thay cấp trưởng", "Signed for (KT.) — a deputy signs for the head")}
          </option>
          <option value="THUA_LENH">
            {t("Thừa lệnh (TL.) — trưởng phòng ký thừa lệnh", "By order (TL.) — a head of division signs by order")}
          </option>
          <option value="UY_QUYEN">
            {t(
              "Thừa ủy quyền (TUQ.) — ủy quyền bằng văn bản, có thời hạn",
              "By authorisation (TUQ.) — written authorisation for a set period",
            )}
          </option>
        </select>
      </div>
      <Field
        name="validFrom"
        type="date"
        label={t("Từ ngày", "From")}
        required
        defaultValue={v.validFrom}
        errors={e.validFrom}
      />
      <Field
        name="validTo"
        type="date"
        label={t("Đến hết ngày", "Until the end of")}
        required
        defaultValue={v.validTo}
        errors={e.validTo}
      />
      <Field
        name="scope"
        label={t("Phạm vi (không bắt buộc)", "Scope (optional)")}
        defaultValue={v.scope}
        errors={e.scope}
        placeholder={t(
          "Quyết định phê duyệt, không phê duyệt đề án khuyến công địa phương",
          "Decisions approving or rejecting local industrial extension projects",
        )}
      />
      <SubmitButton locale={locale}>{t("Ghi nhận ủy quyền", "Record the delegation")}</SubmitButton>
    </ValidatedForm>
  );
}

export function RevokeDelegationButton({ id, locale }: { id: string; locale: Locale }) {
  const [state, action] = useActionState(revokeDelegationAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-sm text-red-700 underline">
        {locale === "vi" ? "Thu hồi" : "Revoke"}
      </button>
      {state.message && !state.ok && <span className="ml-2 text-xs text-red-700">{state.message}</span>}
    </ValidatedForm>
  );
}
