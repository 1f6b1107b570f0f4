"use client";

import { useActionState } from "react";
import { createDelegationAction, revokeDelegationAction } from "@/lib/decisions/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

export function DelegationForm({
  colleagues,
  locale,
}: {
  colleagues: Array<{ id: string; name: string; title: string | null }>;
  locale: Locale;
}) {
  const t = useTranslations("components.decisions.delegationForms");
  const [state, action] = useActionState(createDelegationAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <ValidatedForm action={action} state={state}>
      <FormMessage state={state} />
      <Field name="delegateId" label={t("signer")} errors={e.delegateId}>
        <select id="f-delegateId" name="delegateId" defaultValue={v.delegateId} className={inputClass} required>
          <option value="">{t("choose")}</option>
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
          {t("form")}
        </label>
        <select id="f-mode" name="mode" defaultValue={v.mode ?? "KY_THAY"} className={inputClass}>
          <option value="KY_THAY">{t("signedForKtADeputy")}</option>
          <option value="THUA_LENH">{t("byOrderTlAHead")}</option>
          <option value="UY_QUYEN">{t("byAuthorisationTuqWrittenAuthorisation")}</option>
        </select>
      </div>
      <Field name="validFrom" type="date" label={t("from")} required defaultValue={v.validFrom} errors={e.validFrom} />
      <Field
        name="validTo"
        type="date"
        label={t("untilTheEndOf")}
        required
        defaultValue={v.validTo}
        errors={e.validTo}
      />
      <Field
        name="scope"
        label={t("scopeOptional")}
        defaultValue={v.scope}
        errors={e.scope}
        placeholder={t("decisionsApprovingOrRejectingLocal")}
      />
      <SubmitButton locale={locale}>{t("recordTheDelegation")}</SubmitButton>
    </ValidatedForm>
  );
}

export function RevokeDelegationButton({ id, locale }: { id: string; locale: Locale }) {
  const t = useTranslations("components.decisions.delegationForms");
  const [state, action] = useActionState(revokeDelegationAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="text-sm text-red-700 underline">
        {t("revoke")}
      </button>
      {state.message && !state.ok && <span className="ml-2 text-xs text-red-700">{state.message}</span>}
    </ValidatedForm>
  );
}
