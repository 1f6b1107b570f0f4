import type { Workspace } from "@/lib/appraisal/workspace";
import { formatDate } from "@/lib/dates";
import type { Locale, Text } from "@/lib/i18n/locale";
import type { ScanStatus } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/tone";
import { Badge } from "@/components/ui/badge";
import { translator } from "@/lib/i18n/messages";

/** The malware scan of each attachment, as staff see it (issue 18): infected files are quarantined, never served. */
const SCAN: Record<ScanStatus, { tone: Tone; label: Text }> = {
  NOT_SCANNED: {
    tone: "neutral",
    label: {
      vi: "Chưa quét virus (chưa cấu hình máy quét hoặc tệp cũ)",
      en: "Not scanned (no scanner configured, or an older file)",
    },
  },
  PENDING: { tone: "warning", label: { vi: "Đang chờ quét virus", en: "Waiting for the virus scan" } },
  CLEAN: { tone: "success", label: { vi: "Đã quét: sạch", en: "Scanned: clean" } },
  INFECTED: { tone: "danger", label: { vi: "Nhiễm mã độc — đã cách ly", en: "Malware — quarantined" } },
};

/** The dossier at a glance: who, where, what, how much, with its budget lines and attachments. */
export function DossierFacts({ p, locale }: { p: Workspace["proposal"]; locale: Locale }) {
  const t = translator(locale, "components.appraisal.dossierFacts");
  const row = (k: string, v: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-2 py-1">
      <dt className="text-slate-600">{k}</dt>
      <dd className="col-span-2">{v}</dd>
    </div>
  );
  return (
    <div className="text-sm">
      <dl className="divide-y divide-slate-100">
        {row(t("activity"), `${p.activityCategory.name} (${t("activityNo")} ${p.activityCategory.contentNo})`)}
        {row(
          t("beneficiary"),
          p.establishment ? (
            <>
              {p.establishment.name}
              {p.establishment.taxCode && ` · ${t("taxCode")} ${p.establishment.taxCode}`}
              <br />
              {p.establishment.address}
            </>
          ) : (
            "—"
          ),
        )}
        {row(t("communeWard"), p.commune?.name ?? "—")}
        {row(
          t("fundYear"),
          `${p.fund === "KCQG" ? t("nationalIndustrialExtension") : t("localIndustrialExtension")} ${p.year} · ${p.pipeline === "NATIONAL" ? t("nationalPipelineBaseAppraisalMinistry") : t("localPipeline")}`,
        )}
        {row(t("objectives"), p.objectives || "—")}
        {row(t("totalCost"), p.totalCost)}
        {row(t("supportRequested"), <strong>{p.requestedSupport}</strong>)}
        {row(t("counterpartFunds"), p.counterpart)}
        {p.approvedSupport && row(t("approved"), <strong>{p.approvedSupport}</strong>)}
        {p.plan && row(t("plan"), `${p.plan.name}${p.batch ? ` · ${p.batch.name}` : ""}`)}
      </dl>
      <h3 className="mt-4 font-semibold">{t("budget")}</h3>
      <div className="overflow-x-auto">
        <table className="mt-1 w-full text-left">
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1">
                {t("item")}
              </th>
              <th scope="col">{t("qty")}</th>
              <th scope="col">{t("amount")}</th>
              <th scope="col">{t("supportRequested")}</th>
            </tr>
          </thead>
          <tbody>
            {p.budgetLines.map((l, i) => (
              <tr key={i} className="border-t border-slate-100">
                <td className="py-1">{l.item}</td>
                <td>
                  {l.quantity} {l.unit}
                </td>
                <td className="tabular-nums">{l.total}</td>
                <td className="tabular-nums">{l.requestedSupport}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-4 font-semibold">{t("attachments")}</h3>
      {p.documents.length === 0 ? (
        <p className="text-slate-600">{t("noDocuments")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {p.documents.map((d) => (
            <li key={d.id} data-testid={`attachment-${d.id}`}>
              {d.scanStatus === "INFECTED" ? (
                <span className="line-through">{d.fileName}</span>
              ) : (
                <a className="text-brand-700 underline" href={`/doanh-nghiep/ho-so/${p.id}/tai-lieu/${d.id}`}>
                  {d.fileName}
                </a>
              )}{" "}
              <span className="text-slate-600">· {formatDate(d.createdAt)}</span>{" "}
              <Badge tone={SCAN[d.scanStatus].tone}>{SCAN[d.scanStatus].label[locale]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
