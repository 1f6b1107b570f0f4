"use client";

import { useActionState } from "react";
import { assignAction, tagsAction } from "@/lib/appraisal/actions";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

/** Bulk assignment and tagging of the dossiers ticked in the queue (their checkboxes carry form="bulk"). */
export function BulkForm({ appraisers }: { appraisers: Array<{ id: string; name: string }> }) {
  const [state, action] = useActionState(async (prev: FormState, fd: FormData) => (fd.get("op") === "tag" ? tagsAction(prev, fd) : assignAction(prev, fd)), initialFormState);
  return (
    <form id="bulk" action={action} className="mb-4 rounded-lg border border-slate-200 bg-white p-3" aria-label="Thao tác hàng loạt">
      <FormMessage state={state} />
      <p className="text-sm font-semibold">Thao tác với các hồ sơ đã chọn</p>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <fieldset>
          <legend className="text-xs font-semibold text-slate-700">Phân công thành viên hội đồng</legend>
          <div className="flex flex-wrap gap-3">
            {appraisers.map((a) => <label key={a.id} className="flex min-h-11 items-center gap-2 text-sm"><input type="checkbox" name="appraiserIds" value={a.id} /> {a.name}</label>)}
          </div>
          <SubmitButton variant="secondary" name="op" value="assign">Phân công</SubmitButton>
        </fieldset>
        <div>
          <label htmlFor="bulk-tag" className="block text-xs font-semibold text-slate-700">Gắn nhãn (cách nhau bởi dấu phẩy)</label>
          <input id="bulk-tag" name="add" className={inputClass} placeholder="ưu tiên" />
          <div className="mt-2"><SubmitButton variant="secondary" name="op" value="tag">Gắn nhãn</SubmitButton></div>
        </div>
      </div>
    </form>
  );
}
