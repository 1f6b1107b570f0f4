"use client";

import { Field, inputClass } from "@/components/forms/field";
import { CommuneSelect } from "@/components/establishment/commune-select";
import type { StepProps } from "@/components/application/step-types";
import { useTranslations } from "next-intl";

/** Step 2: title, objectives, where and when. */
export function StepDetails({ ctx, draft, update, errors, locale = "vi" }: StepProps) {
  const t = useTranslations("components.application.stepDetails");
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold">{t("projectDetails")}</h2>
      <Field
        name="title"
        label={t("projectTitle")}
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        errors={errors.title}
        hint={t("exampleSupportForApplyingA")}
        maxLength={300}
      />
      <Field
        name="objectives"
        label={t("objectivesAndExpectedResults")}
        errors={errors.objectives}
        hint={t("howMuchProductivityQualityJobs")}
      >
        <textarea
          id="f-objectives"
          name="objectives"
          rows={5}
          className={inputClass}
          value={draft.objectives}
          maxLength={4000}
          aria-invalid={Boolean(errors.objectives)}
          aria-describedby="f-objectives-error f-objectives-hint"
          onChange={(e) => update({ objectives: e.target.value })}
        />
      </Field>
      <CommuneSelect
        communes={ctx.communes}
        value={draft.communeId}
        onChange={(id) => update({ communeId: id })}
        errors={errors.communeId}
        label={t("communeWardOfTheProject")}
        locale={locale}
      />
      <Field
        name="location"
        label={t("exactLocation")}
        value={draft.location}
        onChange={(e) => update({ location: e.target.value })}
        errors={errors.location}
        hint={t("villageHamletAndHouseNumber")}
        maxLength={300}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          name="startDate"
          type="date"
          label={t("startDate")}
          value={draft.startDate}
          onChange={(e) => update({ startDate: e.target.value })}
          errors={errors.startDate}
        />
        <Field
          name="endDate"
          type="date"
          label={t("endDate")}
          value={draft.endDate}
          onChange={(e) => update({ endDate: e.target.value })}
          errors={errors.endDate}
        />
      </div>
    </div>
  );
}
