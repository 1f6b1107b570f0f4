"use client";

import { useActionState } from "react";
import { submitScoresAction } from "@/lib/appraisal/actions";
import { initialFormState } from "@/lib/form-state";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

type Criterion = { id: string; name: string; weightBp: number; maxScore: number };

/** The member's score sheet: a score and a justification for every criterion of the rubric. */
export function ScoreForm({
  proposalId,
  criteria,
  mine,
  locale,
}: {
  proposalId: string;
  criteria: Criterion[];
  mine: Array<{ criterionId: string; value: number; justification: string }>;
  locale: Locale;
}) {
  const t = useTranslations("components.appraisal.scoreForm");
  const [state, action] = useActionState(submitScoresAction, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const prior = (id: string) => mine.find((m) => m.criterionId === id);
  return (
    <ValidatedForm action={action} state={state} className="space-y-4" data-testid="score-form">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {criteria.map((c, i) => (
        <fieldset key={c.id} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">
            {i + 1}. {c.name}{" "}
            <span className="font-normal text-slate-600">
              ({t("weight")} {c.weightBp / 100}%)
            </span>
          </legend>
          <input type="hidden" name="criterionId" value={c.id} />
          <Field
            name={`value_${c.id}`}
            id={`value_${c.id}`}
            label={`${t("score")} (0–${c.maxScore})`}
            errors={e[`value_${c.id}`]}
          >
            <input
              id={`value_${c.id}`}
              name={`value_${c.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={c.maxScore}
              step={1}
              required
              defaultValue={v[`value_${c.id}`] ?? prior(c.id)?.value}
              className={`${inputClass} max-w-32`}
            />
          </Field>
          <Field
            name={`justification_${c.id}`}
            id={`justification_${c.id}`}
            label={t("commentsAndGroundsForThe")}
            errors={e[`justification_${c.id}`]}
          >
            <textarea
              id={`justification_${c.id}`}
              name={`justification_${c.id}`}
              required
              minLength={10}
              rows={2}
              defaultValue={v[`justification_${c.id}`] ?? prior(c.id)?.justification}
              className={inputClass}
            />
          </Field>
        </fieldset>
      ))}
      <FieldError errors={e.scores ?? e._form} />
      <SubmitButton locale={locale}>{t("saveScoreSheet")}</SubmitButton>
    </ValidatedForm>
  );
}
