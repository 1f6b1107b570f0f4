import Link from "next/link";
import type { KcqgRegisterRow } from "@/lib/plans/kcqg-register";
import type { Locale } from "@/lib/i18n/locale";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { formatDate } from "@/lib/dates";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";

/** The KCQG register: what the province sent the ministry, when (vs 20/06), and the ministry's decision. */
export function KcqgRegisterTable({
  rows,
  locale,
  decide,
}: {
  rows: KcqgRegisterRow[];
  locale: Locale;
  decide?: (row: KcqgRegisterRow) => React.ReactNode;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {t("Chưa có đề án KCQG nào được đăng ký cho năm này.", "No KCQG project registered for this year.")}
      </p>
    );
  return (
    <Table
      head={[
        t("Đề án", "Project"),
        t("Đơn vị đề xuất", "Proposed by"),
        t("Kinh phí đề nghị", "Requested"),
        t("Gửi Bộ", "Sent to the Ministry"),
        t("Quyết định của Bộ", "Ministry decision"),
        ...(decide ? [""] : []),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid={`kcqg-${r.code ?? r.id}`}>
          <Td>
            <span className="font-semibold">{r.title}</span>
            <span className="block text-xs text-slate-600">{r.code ?? "—"}</span>
          </Td>
          <Td>
            {r.agencyName}
            {r.province && <span className="block text-xs text-slate-600">{r.province}</span>}
          </Td>
          <Td className="tabular-nums">{r.requestedSupport}</Td>
          <Td className="whitespace-nowrap">
            {r.sentAt ? formatDate(new Date(r.sentAt)) : t("Chưa gửi", "Not sent")}
            {r.onTime === false && (
              <span className="block">
                <Badge tone="warning">{t("Sau hạn 20/06", "After 20/06")}</Badge>
              </span>
            )}
          </Td>
          <Td>
            {r.decision ? (
              <Link className="text-brand-700 underline" href={`/quyet-dinh/${r.decision.id}`}>
                {r.decision.number}
              </Link>
            ) : (
              <Badge tone={STATUS_INFO[r.status].tone}>{STATUS_INFO[r.status].label[locale]}</Badge>
            )}
            {r.decision && (
              <span className="block text-xs text-slate-600">
                {STATUS_INFO[r.status].label[locale]} · {formatDate(new Date(r.decision.decidedAt))} ·{" "}
                {r.decision.signerName}
              </span>
            )}
          </Td>
          {decide && <Td>{decide(r)}</Td>}
        </tr>
      ))}
    </Table>
  );
}
