"use client";

import { FieldError } from "@/components/forms/field";
import type { StepProps } from "@/components/application/step-types";
import { EligibilityNotice } from "@/components/application/eligibility-notice";
import { useTranslations } from "next-intl";

/** Step 1: the activity content (ND 45/2012 Art. 4, as amended by ND 235/2025), listed as in force today. */
export function StepActivity({
  ctx,
  draft,
  update,
  errors,
  establishmentProblems,
  priorityReasons,
  locale = "vi",
}: StepProps & { establishmentProblems: string[]; priorityReasons: string[] }) {
  const t = useTranslations("components.application.stepActivity");
  return (
    <fieldset aria-describedby="f-activityCategoryId-error">
      <EligibilityNotice
        problems={establishmentProblems}
        priority={priorityReasons}
        editHref={ctx.assisted ? null : "/doanh-nghiep/co-so"}
        locale={locale}
      />
      <legend className="mb-2 text-lg font-semibold">{t("industrialPromotionActivityForWhich")}</legend>
      <p className="mb-3 text-sm text-slate-600">{t("theListFollowsTheRules")}</p>
      <div className="grid gap-2">
        {ctx.activities.map((a) => {
          const costKinds = ctx.rules.filter((r) => r.activityCode === a.code && !r.validTo).map((r) => r.label);
          return (
            <label
              key={a.id}
              className={`flex cursor-pointer gap-3 rounded-md border p-3 ${draft.activityCategoryId === a.id ? "border-brand-700 bg-brand-50" : "border-slate-200 bg-white"}`}
            >
              <input
                type="radio"
                name="activityCategoryId"
                value={a.id}
                checked={draft.activityCategoryId === a.id}
                className="mt-1 h-5 w-5 shrink-0"
                onChange={() =>
                  update({ activityCategoryId: a.id, lines: draft.lines.map((l) => ({ ...l, costKind: "" })) })
                }
              />
              <span>
                <span className="block font-semibold">{a.name}</span>
                <span className="block text-xs text-slate-600">
                  {t("contentNo")} {a.contentNo} · {a.article}
                </span>
                {costKinds.length > 0 && (
                  <span className="mt-1 block text-sm text-slate-700">
                    {t("supports")} {costKinds.slice(0, 3).join("; ")}
                    {costKinds.length > 3 ? "…" : ""}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id="f-activityCategoryId-error" errors={errors.activityCategoryId} />
    </fieldset>
  );
}
