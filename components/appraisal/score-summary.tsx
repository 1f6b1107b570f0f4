import { formatTenths } from "@/lib/appraisal/rubric-math";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

type Criterion = {
  id: string;
  name: string;
  weightBp: number;
  maxScore: number;
  mean: number | null;
  notes: Array<{ appraiser: string; value: number; justification: string }>;
};

/** The council's scores: mean, spread flag, and each criterion with every member's justification. */
export function ScoreSummary({
  rubricName,
  criteria,
  meanTenths,
  spreadTenths,
  wideSpread,
  completeCount,
  locale,
}: {
  rubricName: string;
  criteria: Criterion[];
  meanTenths: number | null;
  spreadTenths: number | null;
  wideSpread: boolean;
  completeCount: number;
  locale: Locale;
}) {
  const t = translator(locale, "components.appraisal.scoreSummary");
  return (
    <div data-testid="score-summary">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-3xl font-semibold tabular-nums" data-testid="score-mean">
          {formatTenths(meanTenths)}
          <span className="text-base font-normal text-slate-600">/100</span>
        </p>
        <p className="text-sm text-slate-600">
          {locale === "vi" ? (
            <>
              Điểm bình quân của {completeCount} thành viên đã chấm đủ · {rubricName}
            </>
          ) : (
            <>
              Mean score of the {completeCount} members who scored in full · {rubricName}
            </>
          )}
        </p>
        {wideSpread && (
          <Badge tone="warning">
            {locale === "vi" ? (
              <>Chênh lệch lớn giữa các thành viên ({formatTenths(spreadTenths)} điểm) — cần thảo luận</>
            ) : (
              <>Large spread between members ({formatTenths(spreadTenths)} points) — needs discussion</>
            )}
          </Badge>
        )}
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">
          {t("detailsByCriterionAndComments")}
        </summary>
        <ol className="mt-2 space-y-3">
          {criteria.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-semibold">
                {c.name}{" "}
                <span className="font-normal text-slate-600">
                  ({t("weight")} {c.weightBp / 100}%, {t("max")} {c.maxScore})
                </span>
              </p>
              <p>
                {t("mean")} {c.mean === null ? "—" : formatTenths(c.mean)}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {c.notes.map((n, i) => (
                  <li key={i}>
                    <strong>{n.appraiser}</strong>: {n.value} — {n.justification}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
