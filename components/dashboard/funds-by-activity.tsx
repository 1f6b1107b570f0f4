import type { FundsBreakdownDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** Funds per activity as the sources itemise them, with the part they leave unallocated on its own line. */
export function FundsByActivity({ data, locale }: { data: FundsBreakdownDto; locale: Locale }) {
  const t = translator(locale, "components.dashboard.fundsByActivity");
  return (
    <Table head={[t("activity"), t("funds")]} caption={`${t("fundsByActivityPeriod")} ${data.label}`}>
      {data.rows.map((r, i) => (
        <tr key={`${r.key ?? "none"}-${i}`} data-testid="funds-activity">
          <Td>{r.label}</Td>
          <Td>{r.display}</Td>
        </tr>
      ))}
      <tr className="bg-slate-50">
        <Td>{t("sumOfItemisedActivities")}</Td>
        <Td>{data.itemised.display}</Td>
      </tr>
      {data.unallocated && (
        <tr data-testid="funds-unallocated">
          <Td>{t("unallocatedOtherNotItemisedBy")}</Td>
          <Td>{data.unallocated.display}</Td>
        </tr>
      )}
      {data.total && (
        <tr className="bg-slate-50 font-semibold" data-testid="funds-total">
          <Td>{t("totalFunds")}</Td>
          <Td>{data.total.display}</Td>
        </tr>
      )}
    </Table>
  );
}
