"use client";

import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { StepProps } from "@/components/application/step-types";
import { kindLabel } from "@/components/application/document-kinds";
import type { DocumentDto } from "@/lib/applications/dto";
import type { DraftVerdict } from "@/components/application/client-rules";
import { useTranslations } from "next-intl";

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
  const t = useTranslations("components.application.stepReview");
  const activity = ctx.activities.find((a) => a.id === draft.activityCategoryId);
  const commune = ctx.communes.find((c) => c.id === draft.communeId);
  const problems = [...verdict.problems, ...(verdict.quotationMissing ? [t("noSupplierQuotationAttachedYet")] : [])];
  const row = (label: string, value: React.ReactNode, step: number) => (
    <div className="grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-[12rem_1fr_auto]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line">{value || <span className="text-red-700">{t("notEntered")}</span>}</dd>
      <button type="button" className="justify-self-start text-sm text-brand-700 underline" onClick={() => goTo(step)}>
        {t("edit")}
      </button>
    </div>
  );
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold">{t("reviewBeforeSubmitting")}</h2>
      <section
        className={`mb-4 rounded-lg border p-4 ${problems.length ? "border-amber-300 bg-amber-50" : "border-green-300 bg-green-50"}`}
        data-testid="review-verdict"
      >
        <h3 className="font-semibold">
          {problems.length ? t("theDossierCannotBeSubmitted") : t("theDossierIsReadyTo")}
        </h3>
        <p className="text-sm">
          {t("assessedUnderTheRulesIn")} {formatDate(ctx.today)} {t("submissionDate")}
        </p>
        {problems.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">{t("groundsOfTheAssessment")}</summary>
          <ul className="mt-1 list-disc pl-5">
            {verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {verdict.priority.applies && (
            <>
              <p className="mt-1 font-semibold">{t("priority")}</p>
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
        {row(t("establishment"), ctx.establishment.name, 0)}
        {row(t("activity"), activity ? `${activity.name} (${activity.article})` : "", 0)}
        {row(t("projectTitle"), draft.title, 1)}
        {row(t("objectives"), draft.objectives, 1)}
        {row(
          t("location"),
          [draft.location, commune ? `${commune.name}, ${commune.province}` : ""].filter(Boolean).join(", "),
          1,
        )}
        {row(
          t("period"),
          draft.startDate && draft.endDate ? `${formatDate(draft.startDate)} – ${formatDate(draft.endDate)}` : "",
          1,
        )}
        {row(t("totalCost"), formatMoney(verdict.totalCost), 2)}
        {row(
          t("supportRequested"),
          `${formatMoney(verdict.totalRequested)} (${t("maximumUnderTheRules")}: ${formatMoney(verdict.totalMaxSupport)})`,
          2,
        )}
        {row(t("counterpartFunding"), formatMoney(verdict.totalCost - verdict.totalRequested), 2)}
        {row(
          t("commitments"),
          draft.attestCounterpart && draft.attestNoDoubleFunding ? t("committedToCounterpartFundingAnd") : "",
          3,
        )}
        {row(t("documents"), documents.map((d) => `${kindLabel(d.kind, locale)}: ${d.fileName}`).join("\n"), 3)}
      </dl>
    </div>
  );
}
