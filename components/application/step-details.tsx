"use client";

import { Field, inputClass } from "@/components/forms/field";
import { CommuneSelect } from "@/components/establishment/commune-select";
import type { StepProps } from "@/components/application/step-types";

/** Step 2: title, objectives, where and when. */
export function StepDetails({ ctx, draft, update, errors, locale = "vi" }: StepProps) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold">{t("Thông tin đề án", "Project details")}</h2>
      <Field
        name="title"
        label={t("Tên đề án", "Project title")}
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        errors={errors.title}
        hint={t(
          "Ví dụ: Hỗ trợ ứng dụng máy CNC 4 trục trong chế tác đồ gỗ mỹ nghệ.",
          "Example: Support for applying a 4-axis CNC machine to fine woodcraft.",
        )}
        maxLength={300}
      />
      <Field
        name="objectives"
        label={t("Mục tiêu và kết quả dự kiến", "Objectives and expected results")}
        errors={errors.objectives}
        hint={t(
          "Năng suất, chất lượng, lao động, môi trường… tăng bao nhiêu sau khi thực hiện.",
          "How much productivity, quality, jobs, environment… improve after the project.",
        )}
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
        label={t("Xã/phường thực hiện", "Commune/ward of the project")}
        locale={locale}
      />
      <Field
        name="location"
        label={t("Địa điểm cụ thể", "Exact location")}
        value={draft.location}
        onChange={(e) => update({ location: e.target.value })}
        errors={errors.location}
        hint={t(
          "Thôn/xóm, số nhà nơi lắp đặt máy móc hoặc thực hiện.",
          "Village/hamlet and house number where the machinery is installed or the work takes place.",
        )}
        maxLength={300}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          name="startDate"
          type="date"
          label={t("Ngày bắt đầu", "Start date")}
          value={draft.startDate}
          onChange={(e) => update({ startDate: e.target.value })}
          errors={errors.startDate}
        />
        <Field
          name="endDate"
          type="date"
          label={t("Ngày kết thúc", "End date")}
          value={draft.endDate}
          onChange={(e) => update({ endDate: e.target.value })}
          errors={errors.endDate}
        />
      </div>
    </div>
  );
}
