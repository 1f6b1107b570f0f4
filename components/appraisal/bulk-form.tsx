"use client";

import { useActionState } from "react";
import { assignAction, tagsAction } from "@/lib/appraisal/actions";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Locale } from "@/lib/i18n/locale";
import { useTranslations } from "next-intl";

/** Bulk assignment and tagging of the dossiers ticked in the queue (their checkboxes carry form="bulk"). */
export function BulkForm({ appraisers, locale }: { appraisers: Array<{ id: string; name: string }>; locale: Locale }) {
  const t = useTranslations("components.appraisal.bulkForm");
  const [state, action] = useActionState(
    async (prev: FormState, fd: FormData) => (fd.get("op") === "tag" ? tagsAction(prev, fd) : assignAction(prev, fd)),
    initialFormState,
  );
  return (
    <form
      id="bulk"
      action={action}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t("bulkActions")}
    >
      <FormMessage state={state} />
      <p className="text-sm font-semibold">{t("actionsOnTheSelectedDossiers")}</p>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <fieldset>
          <legend className="text-xs font-semibold text-slate-700">{t("assignCouncilMembers")}</legend>
          <div className="flex flex-wrap gap-3">
            {appraisers.map((a) => (
              <label key={a.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="appraiserIds" value={a.id} /> {a.name}
              </label>
            ))}
          </div>
          <SubmitButton locale={locale} variant="secondary" name="op" value="assign">
            {t("assign")}
          </SubmitButton>
        </fieldset>
        <div>
          <label htmlFor="bulk-tag" className="block text-xs font-semibold text-slate-700">
            {t("addTagsCommaSeparated")}
          </label>
          <input id="bulk-tag" name="add" className={inputClass} placeholder={t("priority")} />
          <div className="mt-2">
            <SubmitButton locale={locale} variant="secondary" name="op" value="tag">
              {t("tag")}
            </SubmitButton>
          </div>
        </div>
      </div>
    </form>
  );
}
