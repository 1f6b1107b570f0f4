import type { CommuneResultDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locale";

/** Results reported by area (e.g. beneficiaries per historic district), under today's communes. */
export function CommuneResults({ rows, locale }: { rows: CommuneResultDto[]; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  if (!rows.length) return null;
  return (
    <div className="mt-4">
      <h3 className="mb-2 font-semibold">{t("Kết quả theo địa bàn", "Results by area")}</h3>
      <Table head={[t("Địa bàn hiện nay", "Current area"), t("Chỉ tiêu", "Indicator"), t("Kết quả", "Result")]}>
        {rows.map((r) => (
          <tr key={`${r.communeId}-${r.indicatorCode}`} data-testid="commune-result">
            <Td>{r.label}{r.historic.length > 0 && <span className="block text-xs text-slate-500">{t("Gồm:", "Includes:")} {r.historic.join("; ")}</span>}</Td>
            <Td>{r.indicatorName}</Td>
            <Td className="tabular-nums">{r.display}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
