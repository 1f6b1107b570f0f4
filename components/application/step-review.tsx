"use client";

import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { StepProps } from "@/components/application/step-types";
import { kindLabel } from "@/components/application/document-kinds";
import type { DocumentDto } from "@/lib/applications/dto";
import type { DraftVerdict } from "@/components/application/client-rules";

/** Step 5: what will be submitted and the verdict of the rules in force today, before the irreversible step. */
export function StepReview({
  ctx,
  draft,
  verdict,
  documents,
  goTo,
  locale = "vi",
}: Omit<StepProps, "update" | "errors"> & {
  verdict: DraftVerdict;
  documents: DocumentDto[];
  goTo: (step: number) => void;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const activity = ctx.activities.find((a) => a.id === draft.activityCategoryId);
  const commune = ctx.communes.find((c) => c.id === draft.communeId);
  const problems = [
    ...verdict.problems,
    ...(verdict.quotationMissing
      ? [t("Chưa đính kèm báo giá của nhà cung cấp.", "No supplier quotation attached yet.")]
      : []),
  ];
  const row = (label: string, value: React.ReactNode, step: number) => (
    <div className="grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-[12rem_1fr_auto]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line">
        {value || <span className="text-red-700">{t("Chưa nhập", "Not entered")}</span>}
      </dd>
      <button type="button" className="justify-self-start text-sm text-brand-700 underline" onClick={() => goTo(step)}>
        {t("Sửa", "Edit")}
      </button>
    </div>
  );
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold">{t("Xem lại trước khi nộp", "Review before submitting")}</h2>
      <section
        className={`mb-4 rounded-lg border p-4 ${problems.length ? "border-amber-300 bg-amber-50" : "border-green-300 bg-green-50"}`}
        data-testid="review-verdict"
      >
        <h3 className="font-semibold">
          {problems.length
            ? t("Hồ sơ chưa thể nộp", "The dossier cannot be submitted yet")
            : t("Hồ sơ đủ điều kiện để nộp", "The dossier is ready to submit")}
        </h3>
        <p className="text-sm">
          {t("Xét theo quy định có hiệu lực ngày", "Assessed under the rules in force on")} {formatDate(ctx.today)}{" "}
          {t("(ngày nộp).", "(submission date).")}
        </p>
        {problems.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">{t("Căn cứ xét điều kiện", "Grounds of the assessment")}</summary>
          <ul className="mt-1 list-disc pl-5">
            {verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {verdict.priority.applies && (
            <>
              <p className="mt-1 font-semibold">{t("Ưu tiên:", "Priority:")}</p>
              <ul className="list-disc pl-5">
                {verdict.priority.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      </section>
      <dl className="rounded-lg border border-slate-200 bg-white px-4">
        {row(t("Cơ sở", "Establishment"), ctx.establishment.name, 0)}
        {row(t("Nội dung", "Activity"), activity ? `${activity.name} (${activity.article})` : "", 0)}
        {row(t("Tên đề án", "Project title"), draft.title, 1)}
        {row(t("Mục tiêu", "Objectives"), draft.objectives, 1)}
        {row(
          t("Địa điểm", "Location"),
          [draft.location, commune ? `${commune.name}, ${commune.province}` : ""].filter(Boolean).join(", "),
          1,
        )}
        {row(
          t("Thời gian", "Period"),
          draft.startDate && draft.endDate ? `${formatDate(draft.startDate)} – ${formatDate(draft.endDate)}` : "",
          1,
        )}
        {row(t("Tổng chi phí", "Total cost"), formatMoney(verdict.totalCost), 2)}
        {row(
          t("Đề nghị hỗ trợ", "Support requested"),
          `${formatMoney(verdict.totalRequested)} (${t("tối đa theo quy định", "maximum under the rules")}: ${formatMoney(verdict.totalMaxSupport)})`,
          2,
        )}
        {row(t("Vốn đối ứng", "Counterpart funding"), formatMoney(verdict.totalCost - verdict.totalRequested), 2)}
        {row(
          t("Cam kết", "Commitments"),
          draft.attestCounterpart && draft.attestNoDoubleFunding
            ? t(
                "Đã cam kết vốn đối ứng và không hỗ trợ trùng",
                "Committed to counterpart funding and no double funding",
              )
            : "",
          3,
        )}
        {row(
          t("Tài liệu", "Documents"),
          documents.map((d) => `${kindLabel(d.kind, locale)}: ${d.fileName}`).join("\n"),
          3,
        )}
      </dl>
    </div>
  );
}
