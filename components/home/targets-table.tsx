import type { Locale } from "@/lib/i18n/locale";
import type { TargetDto } from "@/lib/home/queries";
import { formatMoney } from "@/lib/money";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/card";
import { translator } from "@/lib/i18n/messages";

const num = new Intl.NumberFormat("vi-VN");

export function TargetsTable({ targets, locale, caption }: { targets: TargetDto[]; locale: Locale; caption: string }) {
  const vi = locale === "vi";
  const t = translator(locale, "components.home.targetsTable");
  if (targets.length === 0)
    return <EmptyState title={t("noTargetsForThisPeriod")} hint={t("enterTargetsUnderResults")} />;
  return (
    <Table
      caption={caption}
      head={
        vi
          ? ["Chỉ tiêu", "Tỉnh", "Mục tiêu", "Nguyên văn", "Nguồn"]
          : ["Indicator", "Province", "Target", "Source text", "Source"]
      }
    >
      {targets.map((t) => (
        <tr key={t.id} data-testid={`target-${t.indicatorCode}`}>
          <Td>
            {t.indicatorName}
            {t.note && <span className="block text-xs text-slate-500">{t.note}</span>}
          </Td>
          <Td>{t.province ?? "—"}</Td>
          <Td className="whitespace-nowrap font-semibold tabular-nums">
            {t.atLeast ? "trên " : t.approximate ? "khoảng " : ""}
            {t.isMoney ? formatMoney(BigInt(t.value)) : `${num.format(Number(t.value))} ${t.unit}`}
          </Td>
          <Td className="italic">“{t.rawText}”</Td>
          <Td className="text-xs text-slate-600">
            <cite className="not-italic">{t.source}</cite>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
