import type { FundsBreakdownDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locale";

/** Funds per activity as the sources itemise them, with the part they leave unallocated on its own line. */
export function FundsByActivity({ data, locale }: { data: FundsBreakdownDto; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <Table
      head={[t("Nội dung", "Activity"), t("Kinh phí", "Funds")]}
      caption={`${t("Kinh phí theo nội dung, giai đoạn", "Funds by activity, period")} ${data.label}`}
    >
      {data.rows.map((r, i) => (
        <tr key={`${r.key ?? "none"}-${i}`} data-testid="funds-activity">
          <Td>{r.label}</Td>
          <Td className="tabular-nums">{r.display}</Td>
        </tr>
      ))}
      <tr className="bg-slate-50">
        <Td>{t("Cộng các nội dung được nêu", "Sum of itemised activities")}</Td>
        <Td className="tabular-nums">{data.itemised.display}</Td>
      </tr>
      {data.unallocated && (
        <tr data-testid="funds-unallocated">
          <Td>
            {t("Chưa phân bổ / khác (nguồn không nêu chi tiết)", "Unallocated / other (not itemised by the source)")}
          </Td>
          <Td className="tabular-nums">{data.unallocated.display}</Td>
        </tr>
      )}
      {data.total && (
        <tr className="bg-slate-50 font-semibold" data-testid="funds-total">
          <Td>{t("Tổng kinh phí", "Total funds")}</Td>
          <Td className="tabular-nums">{data.total.display}</Td>
        </tr>
      )}
    </Table>
  );
}
