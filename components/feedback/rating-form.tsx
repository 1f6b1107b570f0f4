"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FieldError, TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

const CRITERIA = [
  { name: "overall", vi: "Hài lòng chung", en: "Overall" },
  { name: "timeliness", vi: "Đúng hẹn", en: "Timeliness" },
  { name: "staff", vi: "Thái độ, hướng dẫn của cán bộ", en: "Staff" },
  { name: "ease", vi: "Dễ nộp hồ sơ", en: "Ease of applying" },
] as const;
const LEVELS = [
  { v: 1, vi: "1 — Rất không hài lòng", en: "1 — Very dissatisfied" },
  { v: 2, vi: "2 — Không hài lòng", en: "2 — Dissatisfied" },
  { v: 3, vi: "3 — Bình thường", en: "3 — Neutral" },
  { v: 4, vi: "4 — Hài lòng", en: "4 — Satisfied" },
  { v: 5, vi: "5 — Rất hài lòng", en: "5 — Very satisfied" },
];

/** Four labelled radio groups (1–5, words with each number) and free text; once per dossier. */
export function RatingForm({
  proposalId,
  action,
  locale,
}: {
  proposalId: string;
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  locale: Locale;
}) {
  const t = useTranslations("components.feedback.ratingForm");
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <ValidatedForm action={formAction} state={state}>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {CRITERIA.map((c) => (
        <fieldset key={c.name} className="mb-3">
          <legend className="text-sm font-semibold">{c[locale]}</legend>
          <div className="flex flex-wrap gap-x-4">
            {LEVELS.map((l) => (
              <label key={l.v} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input type="radio" name={c.name} value={l.v} required /> {l[locale]}
              </label>
            ))}
          </div>
          <FieldError name={c.name} errors={state.fieldErrors?.[c.name]} />
        </fieldset>
      ))}
      <TextareaField
        name="comment"
        id={`rating-comment-${proposalId}`}
        label={t("commentsOptional")}
        hint={t("theOfficerWhoHandledThe")}
        rows={2}
        maxLength={2000}
      />
      <SubmitButton pendingText={t("sending")}>{t("sendTheRating")}</SubmitButton>
    </ValidatedForm>
  );
}
