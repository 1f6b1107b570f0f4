"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { ConfirmSubmit } from "@/components/decisions/confirm-submit";
import { FieldError, inputClass } from "@/components/forms/field";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function Outcome({ state }: { state: FormState }) {
  return state.message ? (
    <span role="status" className={`text-xs ${state.ok ? "text-green-800" : "text-red-700"}`}>
      {state.message}
    </span>
  ) : null;
}

/** Reopen a locked figure: a reason (kept in the audit trail with the old figure), then a confirmation. */
export function ReopenForm({ id, action, locale }: { id: string; action: Action; locale: Locale }) {
  const t = useTranslations("components.results.hierarchyForms");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">{t("reopenToCorrect")}</summary>
      <ValidatedForm action={formAction} state={state} className="mt-2 flex flex-col gap-2" data-testid="reopen-form">
        <input type="hidden" name="id" value={id} />
        <label htmlFor={`reason-${id}`} className="font-semibold">
          {t("reasonForReopening")}
        </label>
        <textarea
          id={`reason-${id}`}
          name="reason"
          rows={2}
          required
          minLength={10}
          className={inputClass}
          aria-describedby={`reason-${id}-error`}
        />
        <FieldError id={`reason-${id}-error`} name="reason" errors={state.fieldErrors?.reason} />
        <ConfirmSubmit
          title={t("reopenALockedFigure")}
          body={t("theOldFigureAndThe")}
          confirmText={t("reopen")}
          variant="secondary"
          locale={locale}
        >
          {t("reopen")}
        </ConfirmSubmit>
        <Outcome state={state} />
      </ValidatedForm>
    </details>
  );
}

/** The ministry accepts a province's approved national figures for one year. */
export function AcceptNationalForm({
  provinceId,
  year,
  label,
  action,
  locale,
}: {
  provinceId: string;
  year: number;
  label: string;
  action: Action;
  locale: Locale;
}) {
  const t = useTranslations("components.results.hierarchyForms");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <ValidatedForm action={formAction} state={state} className="inline-flex flex-col gap-1">
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="year" value={year} />
      <ConfirmSubmit
        title={label}
        body={t("theProvinceApprovedNationalFigures")}
        confirmText={t("accept")}
        variant="primary"
        locale={locale}
      >
        {t("accept")}
      </ConfirmSubmit>
      <Outcome state={state} />
    </ValidatedForm>
  );
}
