import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

type Round = {
  round: number;
  items: string[];
  reason: string;
  deadline: string;
  createdAt: string;
  answeredAt: string | null;
  answerNote: string | null;
};

/** Every round of "return for supplement" and the applicant's answer, oldest first. */
export function SupplementHistory({ rounds, locale }: { rounds: Round[]; locale: Locale }) {
  const vi = locale === "vi";
  const t = translator(locale, "components.decisions.supplementHistory");
  if (rounds.length === 0) return <p className="text-sm text-slate-600">{t("theDossierHasNotBeen")}</p>;
  return (
    <ol className="space-y-3" data-testid="supplement-history">
      {rounds.map((r) => (
        <li key={r.round} className="rounded-md border border-slate-200 p-3 text-sm">
          <p className="font-semibold">
            {vi ? (
              <>
                Lần {r.round} · yêu cầu ngày {formatDate(r.createdAt)} · hạn {formatDate(r.deadline)}
              </>
            ) : (
              <>
                Round {r.round} · requested on {formatDate(r.createdAt)} · due {formatDate(r.deadline)}
              </>
            )}
          </p>
          <p>{r.reason}</p>
          <ul className="list-disc pl-5">
            {r.items.map((i, n) => (
              <li key={n}>{i}</li>
            ))}
          </ul>
          <p className="mt-1 text-slate-700">
            {r.answeredAt
              ? `${t("supplementSubmittedOn")} ${formatDate(r.answeredAt)}${r.answerNote ? `: ${r.answerNote}` : ""}`
              : t("noSupplementSubmittedYet")}
          </p>
        </li>
      ))}
    </ol>
  );
}
