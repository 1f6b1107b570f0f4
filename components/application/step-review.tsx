"use client";

import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { StepProps } from "@/components/application/step-types";
import { KIND_LABELS } from "@/components/application/step-attachments";
import type { DocumentDto } from "@/lib/applications/dto";
import type { DraftVerdict } from "@/components/application/client-rules";

/** Step 5: what will be submitted and the verdict of the rules in force today, before the irreversible step. */
export function StepReview({ ctx, draft, verdict, documents, goTo }: Omit<StepProps, "update" | "errors"> & {
  verdict: DraftVerdict; documents: DocumentDto[]; goTo: (step: number) => void;
}) {
  const activity = ctx.activities.find((a) => a.id === draft.activityCategoryId);
  const commune = ctx.communes.find((c) => c.id === draft.communeId);
  const problems = [...verdict.problems, ...(verdict.quotationMissing ? ["Chưa đính kèm báo giá của nhà cung cấp."] : [])];
  const row = (label: string, value: React.ReactNode, step: number) => (
    <div className="grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-[12rem_1fr_auto]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line">{value || <span className="text-red-700">Chưa nhập</span>}</dd>
      <button type="button" className="justify-self-start text-sm text-brand-700 underline" onClick={() => goTo(step)}>Sửa</button>
    </div>
  );
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold">Xem lại trước khi nộp</h2>
      <section className={`mb-4 rounded-lg border p-4 ${problems.length ? "border-amber-300 bg-amber-50" : "border-green-300 bg-green-50"}`} data-testid="review-verdict">
        <h3 className="font-semibold">{problems.length ? "Hồ sơ chưa thể nộp" : "Hồ sơ đủ điều kiện để nộp"}</h3>
        <p className="text-sm">Xét theo quy định có hiệu lực ngày {formatDate(ctx.today)} (ngày nộp).</p>
        {problems.length > 0 && <ul className="mt-2 list-disc pl-5 text-sm">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Căn cứ xét điều kiện</summary>
          <ul className="mt-1 list-disc pl-5">{verdict.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
          {verdict.priority.applies && <><p className="mt-1 font-semibold">Ưu tiên:</p><ul className="list-disc pl-5">{verdict.priority.reasons.map((r) => <li key={r}>{r}</li>)}</ul></>}
        </details>
      </section>
      <dl className="rounded-lg border border-slate-200 bg-white px-4">
        {row("Cơ sở", ctx.establishment.name, 0)}
        {row("Nội dung", activity ? `${activity.name} (${activity.article})` : "", 0)}
        {row("Tên đề án", draft.title, 1)}
        {row("Mục tiêu", draft.objectives, 1)}
        {row("Địa điểm", [draft.location, commune ? `${commune.name}, ${commune.province}` : ""].filter(Boolean).join(", "), 1)}
        {row("Thời gian", draft.startDate && draft.endDate ? `${formatDate(draft.startDate)} – ${formatDate(draft.endDate)}` : "", 1)}
        {row("Tổng chi phí", formatMoney(verdict.totalCost), 2)}
        {row("Đề nghị hỗ trợ", `${formatMoney(verdict.totalRequested)} (tối đa theo quy định: ${formatMoney(verdict.totalMaxSupport)})`, 2)}
        {row("Vốn đối ứng", formatMoney(verdict.totalCost - verdict.totalRequested), 2)}
        {row("Cam kết", draft.attestCounterpart && draft.attestNoDoubleFunding ? "Đã cam kết vốn đối ứng và không hỗ trợ trùng" : "", 3)}
        {row("Tài liệu", documents.map((d) => `${KIND_LABELS[d.kind] ?? d.kind}: ${d.fileName}`).join("\n"), 3)}
      </dl>
    </div>
  );
}
