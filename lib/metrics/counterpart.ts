import { ratioTenths } from "@/lib/metrics/ratio";

// The counterpart ratio ("Hệ số vốn đối ứng", HE_SO_DOI_UNG; "1 đồng khuyến công thu hút … đồng đối ứng",
// domain §5.3, §6.2) — the one definition used by the dashboard, the reports, the exports and the API.
// Each ratio divides over ONE set of đề án (numerator and denominator from the same đề án), and the two
// are never mixed:
//   planned    = counterpart in the approved dossiers ÷ support committed,  over committed đề án;
//   documented = counterpart documented at settlement ÷ support settled,   over settled đề án.
// Dividing the counterpart of all đề án by the support of the settled ones only (the old formula) gave
// 7,2 : 1, then 3,6 : 1, then 2,4 : 1 as each đề án was settled, for a true ratio below 1 : 1.

export type CounterpartFigures = {
  /** Support committed (approved) of the committed đề án. */
  committed: bigint;
  /** Counterpart planned in those same đề án. */
  plannedCounterpart: bigint;
  /** Support settled of the settled đề án. */
  settled: bigint;
  /** Counterpart documented at settlement of those same đề án. */
  documentedCounterpart: bigint;
};

export type CounterpartRatios = { plannedTenths: number | null; documentedTenths: number | null };

export function counterpartRatios(f: CounterpartFigures): CounterpartRatios {
  return {
    plannedTenths: ratioTenths(f.plannedCounterpart, f.committed),
    documentedTenths: ratioTenths(f.documentedCounterpart, f.settled),
  };
}

/** Vietnamese labels, so every screen and export names the two ratios the same way. */
export const RATIO_LABELS = {
  planned: "Hệ số vốn đối ứng theo kế hoạch (vốn đối ứng dự kiến ÷ kinh phí cam kết, các đề án đã phê duyệt)",
  documented:
    "Hệ số vốn đối ứng đã chứng minh (vốn đối ứng có chứng từ ÷ kinh phí quyết toán, các đề án đã quyết toán)",
} as const;
