import Link from "next/link";
import type { BreakdownRowDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** Đề án by activity category or by commune; historic units are listed under the unit that succeeded them. */
export function BreakdownTable({
  rows,
  firstHead,
  drillHref,
  testId,
  locale,
  limit,
}: {
  rows: BreakdownRowDto[];
  firstHead: string;
  drillHref: (key: string | null) => string;
  testId: string;
  locale: Locale;
  /** Show the first rows only (they come largest first); the caller says where the rest are. */
  limit?: number;
}) {
  const t = translator(locale, "components.dashboard.breakdownTable");
  return (
    <Table head={[firstHead, t("proposals"), t("supportCommitted"), t("disbursed"), t("counterpartFunds")]}>
      {(limit === undefined ? rows : rows.slice(0, limit)).map((r) => (
        <tr key={r.key ?? "none"} data-testid={`${testId}-row`}>
          <Td>
            <Link href={drillHref(r.key)} className="text-brand-700 underline">
              {r.label}
            </Link>
            {r.historic.length > 0 && (
              <span className="block text-xs text-slate-500">
                {t("includes")} {r.historic.join("; ")}
              </span>
            )}
          </Td>
          <Td>{r.count}</Td>
          <Td>{r.display.committed}</Td>
          <Td>{r.display.disbursed}</Td>
          <Td>{r.display.counterpart}</Td>
        </tr>
      ))}
    </Table>
  );
}
