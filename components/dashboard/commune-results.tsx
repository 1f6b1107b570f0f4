import type { CommuneResultDto } from "@/lib/dashboard/dto";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/** A page shows this many (getDashboard's `areaLimit`); the Excel export and the commune filter give the rest. */
export const AREA_RESULTS_SHOWN = 30;

/** Results reported by area (e.g. beneficiaries per historic district), under today's communes — or by province for the whole country. */
export function CommuneResults({
  rows,
  total,
  locale,
  byProvince = false,
}: {
  rows: CommuneResultDto[];
  /** All area results, of which `rows` may be the first. */
  total: number;
  locale: Locale;
  byProvince?: boolean;
}) {
  const t = translator(locale, "components.dashboard.communeResults");
  if (!rows.length) return null;
  const shown = rows.slice(0, AREA_RESULTS_SHOWN);
  const rest = total - shown.length;
  return (
    <div className="mt-4">
      <h3 className="mb-2 font-semibold">{byProvince ? t("resultsByProvince") : t("resultsByArea")}</h3>
      <Table head={[byProvince ? t("province") : t("currentArea"), t("indicator"), t("result")]}>
        {shown.map((r) => (
          <tr key={`${r.communeId}-${r.indicatorCode}`} data-testid="commune-result">
            <Td>
              {r.label}
              {r.historic.length > 0 && (
                <span className="block text-xs text-slate-500">
                  {t("includes")} {r.historic.join("; ")}
                </span>
              )}
            </Td>
            <Td>{r.indicatorName}</Td>
            <Td>{r.display}</Td>
          </tr>
        ))}
      </Table>
      {rest > 0 && (
        <p className="mt-2 text-sm text-slate-600" data-testid="commune-result-more">
          {t("moreRowsChooseAnArea", { rest })}
        </p>
      )}
    </div>
  );
}
