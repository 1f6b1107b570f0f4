import type { Workspace } from "@/lib/appraisal/workspace";
import { formatDate } from "@/lib/dates";
import type { Locale, Text } from "@/lib/i18n/locale";
import type { ScanStatus } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/tone";
import { Badge } from "@/components/ui/badge";

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
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const row = (k: string, v: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-2 py-1">
      <dt className="text-slate-600">{k}</dt>
      <dd className="col-span-2">{v}</dd>
    </div>
  );
  return (
    <div className="text-sm">
      <dl className="divide-y divide-slate-100">
        {row(
          t("Nội dung hoạt động", "Activity"),
          `${p.activityCategory.name} (${t("nội dung", "activity no.")} ${p.activityCategory.contentNo})`,
        )}
        {row(
          t("Cơ sở thụ hưởng", "Beneficiary"),
          p.establishment ? (
            <>
              {p.establishment.name}
              {p.establishment.taxCode && ` · ${t("MST", "Tax code")} ${p.establishment.taxCode}`}
              <br />
              {p.establishment.address}
            </>
          ) : (
            "—"
          ),
        )}
        {row(t("Xã / phường", "Commune / ward"), p.commune?.name ?? "—")}
        {row(
          t("Nguồn, năm", "Fund, year"),
          `${p.fund === "KCQG" ? t("Khuyến công quốc gia", "National industrial extension") : t("Khuyến công địa phương", "Local industrial extension")} ${p.year} · ${p.pipeline === "NATIONAL" ? t("quy trình quốc gia (thẩm định cơ sở, Bộ thẩm định)", "national pipeline (base appraisal, Ministry appraisal)") : t("quy trình địa phương", "local pipeline")}`,
        )}
        {row(t("Mục tiêu", "Objectives"), p.objectives || "—")}
        {row(t("Tổng kinh phí", "Total cost"), p.totalCost)}
        {row(t("Đề nghị hỗ trợ", "Support requested"), <strong>{p.requestedSupport}</strong>)}
        {row(t("Vốn đối ứng", "Counterpart funds"), p.counterpart)}
        {p.approvedSupport && row(t("Được phê duyệt", "Approved"), <strong>{p.approvedSupport}</strong>)}
        {p.plan && row(t("Kế hoạch", "Plan"), `${p.plan.name}${p.batch ? ` · ${p.batch.name}` : ""}`)}
      </dl>
      <h3 className="mt-4 font-semibold">{t("Dự toán", "Budget")}</h3>
      <div className="overflow-x-auto">
        <table className="mt-1 w-full text-left">
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1">
                {t("Khoản chi", "Item")}
              </th>
              <th scope="col">{t("SL", "Qty")}</th>
              <th scope="col">{t("Thành tiền", "Amount")}</th>
              <th scope="col">{t("Đề nghị hỗ trợ", "Support requested")}</th>
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
      <h3 className="mt-4 font-semibold">{t("Tài liệu đính kèm", "Attachments")}</h3>
      {p.documents.length === 0 ? (
        <p className="text-slate-600">{t("Không có tài liệu.", "No documents.")}</p>
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
