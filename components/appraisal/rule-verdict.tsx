import type { RuleVerdictDto } from "@/lib/rules/load-verdict";
import { formatDate } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";
import Link from "next/link";
import { routes } from "@/lib/routes";

/** The rule engine's verdict (eligibility, caps per line), beside the council's scores. */
export function RuleVerdict({
  verdict,
  locale,
  linkPrior = false,
}: {
  verdict: RuleVerdictDto | null;
  locale: Locale;
  linkPrior?: boolean;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  if (!verdict)
    return (
      <p className="text-sm text-slate-600">
        {t(
          "Chưa có kết quả kiểm tra tự động (đề án nhóm hoặc thiếu thông tin cơ sở); cán bộ kiểm tra thủ công.",
          "No automatic check result (group proposal or missing establishment details); staff check manually.",
        )}
      </p>
    );
  return (
    <div className="space-y-2 text-sm" data-testid="rule-verdict">
      <div className="flex flex-wrap gap-2">
        <Badge tone={verdict.eligible ? "success" : "danger"}>
          {verdict.eligible
            ? t("Đủ điều kiện đối tượng", "Eligible beneficiary")
            : t("Không đủ điều kiện", "Not eligible")}
        </Badge>
        {verdict.priority.length > 0 && <Badge tone="info">{t("Thuộc diện ưu tiên", "Priority case")}</Badge>}
        <span className="text-slate-600">
          {t("Xét theo quy định ngày", "Judged under the rules in force on")} {formatDate(verdict.judgedOn)}
        </span>
      </div>
      <ul className="list-disc pl-5">
        {verdict.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
        {verdict.priority.map((r, i) => (
          <li key={`p${i}`}>{r}</li>
        ))}
      </ul>
      <table className="w-full text-left">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-1">
              {t("Khoản chi", "Item")}
            </th>
            <th scope="col">{t("Đề nghị", "Requested")}</th>
            <th scope="col">{t("Tối đa", "Maximum")}</th>
          </tr>
        </thead>
        <tbody>
          {verdict.lines.map((l, i) => (
            <tr key={i} className="border-t border-slate-100 align-top">
              <td className="py-1">
                {l.item}
                <p className="text-xs text-slate-600">{l.explanation}</p>
              </td>
              <td className="tabular-nums">{l.requested}</td>
              <td className={`tabular-nums ${l.ok ? "" : "font-semibold text-red-700"}`}>
                {l.maxSupport}
                {!l.ok && t(" — vượt mức", " — over the cap")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {verdict.priorSupport.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950" data-testid="prior-support">
          <p className="font-semibold">
            {t(
              "Cơ sở đã được hỗ trợ cùng khoản chi (kiểm tra hỗ trợ trùng lặp):",
              "The establishment already received support for the same cost items (double-funding check):",
            )}
          </p>
          <ul className="list-disc pl-5">
            {verdict.priorSupport.map((f) => (
              <li key={`${f.proposalId}-${f.costKind}`}>
                {f.costKind}: {t("đã được hỗ trợ", "already supported")} {f.amount} — {t("đề án", "proposal")}{" "}
                {linkPrior ? (
                  <Link className="text-brand-700 underline" href={routes.staff.dossier(f.proposalId)}>
                    {f.code ?? f.title}
                  </Link>
                ) : (
                  (f.code ?? f.title)
                )}{" "}
                ({t("năm", "year")} {f.year})
              </li>
            ))}
          </ul>
          <p className="text-xs">
            {t(
              "Mức tối đa ở bảng trên đã tính cả khoản hỗ trợ này; phê duyệt vượt mức còn lại sẽ bị từ chối.",
              "The maximum above already counts this support; an approval above what is left is refused.",
            )}
          </p>
        </div>
      )}
      {verdict.problems.length > 0 && (
        <div className="rounded-md bg-red-50 p-2 text-red-900">
          <p className="font-semibold">{t("Vấn đề cần xem xét:", "Issues to review:")}</p>
          <ul className="list-disc pl-5">
            {verdict.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
