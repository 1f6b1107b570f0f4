import type { RuleSetRow } from "@/lib/rules/queries";
import { formatDate } from "@/lib/dates";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";

const FUND = {
  KCQG: { vi: "KCQG (quốc gia)", en: "KCQG (national)" },
  KCDP: { vi: "KCĐP (địa phương)", en: "KCĐP (local)" },
} as const;

/** Which instrument rules which fund, where and when — and which set applies today (issue 15). */
export function RuleSetsTable({ sets, locale }: { sets: RuleSetRow[]; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <Table
      head={[
        t("Bộ quy tắc", "Rule set"),
        t("Quỹ", "Fund"),
        t("Phạm vi", "Scope"),
        t("Văn bản", "Instrument"),
        t("Hiệu lực", "In force"),
        t("Tạm ứng, thanh toán theo", "Advances and payments by"),
        "",
      ]}
    >
      {sets.map((s) => (
        <tr key={s.code} data-testid={`rule-set-${s.code}`}>
          <Td>
            <span className="font-semibold">{s.code}</span>
            <span className="block text-xs text-slate-600">
              {t("Phiên bản", "Version")} {s.version}
            </span>
          </Td>
          <Td>{FUND[s.fund][locale]}</Td>
          <Td>{s.scope}</Td>
          <Td>
            <span className="font-semibold">{s.instrumentNo}</span>
            <span className="block text-sm">{s.instrumentTitle}</span>
            <span className="block text-xs text-slate-600">
              {t("Ban hành", "Issued")} {formatDate(new Date(s.issuedOn))} · {s.issuer}
            </span>
            {s.source && (
              <span className="block break-all text-xs text-slate-600">
                {t("Nguồn", "Source")}: {s.source}
              </span>
            )}
          </Td>
          <Td className="whitespace-nowrap">
            {formatDate(new Date(s.effectiveFrom))} –{" "}
            {s.effectiveTo ? formatDate(new Date(s.effectiveTo)) : t("nay", "present")}
          </Td>
          <Td className="text-sm">{s.advanceBasis}</Td>
          <Td>
            <div className="flex flex-col gap-1">
              {s.appliesToday && <Badge tone="success">{t("Đang áp dụng", "Applies today")}</Badge>}
              {s.illustrative && <Badge tone="warning">{t("Mức minh họa", "Illustrative levels")}</Badge>}
              {!s.editable && <Badge tone="neutral">{t("Chỉ xem", "Read-only")}</Badge>}
            </div>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
