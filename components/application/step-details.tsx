"use client";

import { Field, inputClass } from "@/components/forms/field";
import { CommuneSelect } from "@/components/establishment/commune-select";
import type { StepProps } from "@/components/application/step-types";

/** Step 2: title, objectives, where and when. */
export function StepDetails({ ctx, draft, update, errors }: StepProps) {
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold">Thông tin đề án</h2>
      <Field name="title" label="Tên đề án" value={draft.title} onChange={(e) => update({ title: e.target.value })} errors={errors.title}
        hint="Ví dụ: Hỗ trợ ứng dụng máy CNC 4 trục trong chế tác đồ gỗ mỹ nghệ." maxLength={300} />
      <Field name="objectives" label="Mục tiêu và kết quả dự kiến" errors={errors.objectives}
        hint="Năng suất, chất lượng, lao động, môi trường… tăng bao nhiêu sau khi thực hiện.">
        <textarea id="f-objectives" name="objectives" rows={5} className={inputClass} value={draft.objectives} maxLength={4000}
          aria-invalid={Boolean(errors.objectives)} aria-describedby="f-objectives-error f-objectives-hint" onChange={(e) => update({ objectives: e.target.value })} />
      </Field>
      <CommuneSelect communes={ctx.communes} value={draft.communeId} onChange={(id) => update({ communeId: id })} errors={errors.communeId} label="Xã/phường thực hiện" />
      <Field name="location" label="Địa điểm cụ thể" value={draft.location} onChange={(e) => update({ location: e.target.value })} errors={errors.location}
        hint="Thôn/xóm, số nhà nơi lắp đặt máy móc hoặc thực hiện." maxLength={300} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="startDate" type="date" label="Ngày bắt đầu" value={draft.startDate} onChange={(e) => update({ startDate: e.target.value })} errors={errors.startDate} />
        <Field name="endDate" type="date" label="Ngày kết thúc" value={draft.endDate} onChange={(e) => update({ endDate: e.target.value })} errors={errors.endDate} />
      </div>
    </div>
  );
}
