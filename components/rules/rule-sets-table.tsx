import type { RuleSetRow } from "@/lib/rules/queries";
import { formatDate } from "@/lib/dates";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

const FUND = {
  KCQG: { vi: "KCQG (quốc gia)", en: "KCQG (national)" },
  KCDP: { vi: "KCĐP (địa phương)", en: "KCĐP (local)" },
} as const;

/** Which instrument rules which fund, where and when — and which set applies today (issue 15). */
export function RuleSetsTable({ sets, locale }: { sets: RuleSetRow[]; locale: Locale }) {
  const t = translator(locale, "components.rules.ruleSetsTable");
  return (
    <Table head={[t("ruleSet"), t("fund"), t("scope"), t("instrument"), t("inForce"), t("advancesAndPaymentsBy"), ""]}>
      {sets.map((s) => (
        <tr key={s.code} data-testid={`rule-set-${s.code}`}>
          <Td>
            <span className="font-semibold">{s.code}</span>
            <span className="block text-xs text-slate-600">
              {t("version")} {s.version}
            </span>
          </Td>
          <Td>{FUND[s.fund][locale]}</Td>
          <Td>{s.scope}</Td>
          <Td>
            <span className="font-semibold">{s.instrumentNo}</span>
            <span className="block text-sm">{s.instrumentTitle}</span>
            <span className="block text-xs text-slate-600">
              {t("issued")} {formatDate(new Date(s.issuedOn))} · {s.issuer}
            </span>
            {s.source && (
              <span className="block break-all text-xs text-slate-600">
                {t("source")}: {s.source}
              </span>
            )}
          </Td>
          <Td className="whitespace-nowrap">
            {formatDate(new Date(s.effectiveFrom))} –{" "}
            {s.effectiveTo ? formatDate(new Date(s.effectiveTo)) : t("present")}
          </Td>
          <Td className="text-sm">{s.advanceBasis}</Td>
          <Td>
            <div className="flex flex-col gap-1">
              {s.appliesToday && <Badge tone="success">{t("appliesToday")}</Badge>}
              {s.illustrative && <Badge tone="warning">{t("illustrativeLevels")}</Badge>}
              {!s.editable && <Badge tone="neutral">{t("readOnly")}</Badge>}
            </div>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
