"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Field, FieldError, inputClass, TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { FinalAnswerForm } from "@/components/forms/final-answer-form";
import type { FeedbackLookupState } from "@/lib/feedback/actions";
import { formatDate } from "@/lib/dates";
import { useTranslations } from "next-intl";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

/** Phản ánh, kiến nghị — or, with `kind` fixed to ACCESSIBILITY, a barrier to access. */
export function FeedbackForm({
  action,
  locale,
  kind,
  idPrefix = "fb",
}: {
  action: Action;
  locale: Locale;
  kind?: "ACCESSIBILITY";
  idPrefix?: string;
}) {
  const t = useTranslations("components.feedback.feedbackForms");
  const [state, formAction] = useActionState(action, initialFormState);
  const id = (n: string) => `${idPrefix}-${n}`;
  return (
    <ValidatedForm action={formAction} state={state} className="mt-3 rounded-md border border-slate-200 p-4">
      <FormMessage state={state} />
      {kind ? (
        <input type="hidden" name="kind" value={kind} />
      ) : (
        <Field name="kind" id={id("kind")} label={t("about")} errors={state.fieldErrors?.kind}>
          <select id={id("kind")} name="kind" required className={inputClass} defaultValue={state.values?.kind ?? ""}>
            <option value="">{t("choose")}</option>
            <option value="DOSSIER">{t("aDossier")}</option>
            <option value="PORTAL">{t("thePortalOrTheProcedure")}</option>
            <option value="ACCESSIBILITY">{t("aBarrierToAccess")}</option>
          </select>
        </Field>
      )}
      {!kind && (
        <Field
          name="dossierCode"
          id={id("dossier")}
          label={t("dossierCodeIfAboutA")}
          errors={state.fieldErrors?.dossierCode}
          defaultValue={state.values?.dossierCode ?? ""}
        />
      )}
      <Field
        name="senderName"
        id={id("name")}
        required
        minLength={2}
        label={t("yourName")}
        errors={state.fieldErrors?.senderName}
        defaultValue={state.values?.senderName ?? ""}
      />
      <Field
        name="contact"
        id={id("contact")}
        label={t("phoneOrEMailOptional")}
        hint={t("usedOnlyToAnswerYou")}
        errors={state.fieldErrors?.contact}
        defaultValue={state.values?.contact ?? ""}
      />
      <TextareaField
        name="content"
        id={id("content")}
        label={kind ? t("whatBarrierOnWhichPage") : t("content")}
        errors={state.fieldErrors?.content}
        rows={4}
        required
        minLength={10}
        defaultValue={state.values?.content ?? ""}
      />
      <label className="mb-3 flex items-start gap-2 text-sm">
        <input type="checkbox" name="publishConsent" className="mt-1 h-5 w-5" />
        {t("iAgreeThatTheQuestion")}
      </label>
      <SubmitButton pendingText={t("sending")}>{t("send")}</SubmitButton>
    </ValidatedForm>
  );
}

const STATUSES = new Set(["NEW", "IN_PROGRESS", "ANSWERED"]);

export function FeedbackLookup({
  action,
  locale,
}: {
  action: (prev: FeedbackLookupState, data: FormData) => Promise<FeedbackLookupState>;
  locale: Locale;
}) {
  const t = useTranslations("components.feedback.feedbackForms");
  const [state, formAction] = useActionState(action, initialFormState as FeedbackLookupState);
  const f = state.found;
  return (
    <div className="mt-3">
      <ValidatedForm action={formAction} state={state} className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="fb-code" className="block text-sm font-semibold">
            {t("feedbackCode")}
          </label>
          <input id="fb-code" name="code" required className={inputClass} placeholder="PA-2026-000001" />
          <FieldError name="code" errors={state.fieldErrors?.code} />
        </div>
        <SubmitButton pendingText={t("lookingUp")}>{t("lookUp")}</SubmitButton>
      </ValidatedForm>
      {state.message && !state.ok && (
        <p role="alert" className="mt-2 text-red-700">
          {state.message}
        </p>
      )}
      {state.ok && !f && state.message && <p className="mt-2">{state.message}</p>}
      {f && (
        <div className="mt-3 rounded-md border border-slate-200 p-3" role="status">
          <p className="font-semibold">
            {f.code} · {STATUSES.has(f.status) ? t(`statusOf.${f.status}`) : f.status}
          </p>
          <p className="text-sm">
            {t("received")} {formatDate(f.receivedAt)} · {t("answerDue")} {formatDate(f.dueAt)}
          </p>
          {f.answer && (
            <p className="mt-2 whitespace-pre-line">
              <strong>{t("answer")}</strong> ({formatDate(f.answeredAt)}): {f.answer}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

export function AssignFeedbackForm({
  id,
  staff,
  action,
  locale,
}: {
  id: string;
  staff: Array<{ id: string; name: string }>;
  action: Action;
  locale: Locale;
}) {
  const t = useTranslations("components.feedback.feedbackForms");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="id" value={id} />
      <label htmlFor={`assign-${id}`} className="font-semibold">
        {t("assignTo")}
      </label>
      <select
        id={`assign-${id}`}
        name="assigneeId"
        className="min-h-11 rounded-md border border-slate-300 px-2"
        required
      >
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 text-brand-700">
        {t("assign")}
      </button>
      {state.message && (
        <span role="status" className={state.ok ? "text-green-800" : "text-red-700"}>
          {state.message}
        </span>
      )}
    </form>
  );
}

export function AnswerFeedbackForm({ id, action, locale }: { id: string; action: Action; locale: Locale }) {
  const t = useTranslations("components.feedback.feedbackForms");
  return (
    <FinalAnswerForm
      id={id}
      action={action}
      locale={locale}
      answerLabel={t("answer2")}
      submitLabel={t("sendTheAnswer")}
    />
  );
}
