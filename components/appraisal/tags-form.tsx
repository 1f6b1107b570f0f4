"use client";

import { useActionState } from "react";
import { tagsAction } from "@/lib/appraisal/actions";
import { initialFormState } from "@/lib/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { ValidatedForm } from "@/components/forms/validated-form";
import { useTranslations } from "next-intl";

/** Working tags of one dossier: remove with a click, add comma-separated. */
export function TagsForm({ proposalId, tags, locale }: { proposalId: string; tags: string[]; locale: Locale }) {
  const t = useTranslations("components.appraisal.tagsForm");
  const [state, action] = useActionState(tagsAction, initialFormState);
  return (
    <ValidatedForm action={action} state={state} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="proposalIds" value={proposalId} />
      {tags.length > 0 && (
        <fieldset className="flex flex-wrap gap-2">
          <legend className="sr-only">{t("removeTags")}</legend>
          {tags.map((tag) => (
            <label key={tag} className="flex items-center gap-1 rounded-full bg-slate-100 px-3 py-1 text-sm">
              <input type="checkbox" name="removeTag" value={tag} aria-label={`${t("removeTag")} ${tag}`} /> {tag}
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor={`tags-${proposalId}`} className="block text-sm font-semibold">
        {t("addTagsCommaSeparated")}
      </label>
      <input id={`tags-${proposalId}`} name="add" className={inputClass} placeholder={t("prioritySiteVisit")} />
      <SubmitButton locale={locale} variant="secondary">
        {t("saveTags")}
      </SubmitButton>
    </ValidatedForm>
  );
}
