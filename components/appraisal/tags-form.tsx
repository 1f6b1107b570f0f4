"use client";

import { useActionState } from "react";
import { tagsAction } from "@/lib/appraisal/actions";
import { initialFormState } from "@/lib/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "@/components/forms/field";

/** Working tags of one dossier: remove with a click, add comma-separated. */
export function TagsForm({ proposalId, tags }: { proposalId: string; tags: string[] }) {
  const [state, action] = useActionState(tagsAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="proposalIds" value={proposalId} />
      {tags.length > 0 && (
        <fieldset className="flex flex-wrap gap-2">
          <legend className="sr-only">Bỏ nhãn</legend>
          {tags.map((t) => (
            <label key={t} className="flex items-center gap-1 rounded-full bg-slate-100 px-3 py-1 text-sm">
              <input type="checkbox" name="removeTag" value={t} aria-label={`Bỏ nhãn ${t}`} /> {t}
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor={`tags-${proposalId}`} className="block text-sm font-semibold">Thêm nhãn (cách nhau bởi dấu phẩy)</label>
      <input id={`tags-${proposalId}`} name="add" className={inputClass} placeholder="ưu tiên, khảo sát thực địa" />
      <SubmitButton variant="secondary">Lưu nhãn</SubmitButton>
    </form>
  );
}
