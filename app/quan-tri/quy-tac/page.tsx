import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listRulesForAdmin } from "@/lib/rules/queries";
import { formatDate } from "@/lib/dates";
import { formatMoney, formatPercentBp } from "@/lib/money";
import { PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { RulePeriodForm } from "@/components/application/rule-period-form";
import { RuleSetsTable } from "@/components/rules/rule-sets-table";
import { RuleSetForm } from "@/components/rules/rule-set-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.quyTac.page")("supportCapRules") };
}

async function RulesAdminPage() {
  const actor = await requireActor("rules.manage");
  const { rules, bases, sets } = await listRulesForAdmin(actor);
  const editable = sets
    .filter((s) => s.editable)
    .map((s) => ({ code: s.code, label: `${s.code} — ${s.instrumentNo}` }));
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.quyTac.page");
  const codes = [...new Map(rules.map((r) => [r.code, { code: r.code, label: r.label }])).values()];
  return (
    <div>
      <PageHeader title={t("industrialExtensionSupportCapsRules")} subtitle={t("eachProjectIsAssessedAgainst")} />
      <h2 className="mb-3 text-lg font-semibold">{t("ruleSetsByFundAnd")}</h2>
      <p className="mb-3 text-sm text-slate-700">{t("kcqgProjectsAreJudgedBy")}</p>
      <div className="mb-8">
        <RuleSetsTable sets={sets} locale={locale} />
      </div>
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Table
          head={[
            t("ruleSet"),
            t("costType"),
            t("rate"),
            t("maximum"),
            t("priority"),
            t("legalBasis"),
            t("inForce"),
            "",
          ]}
        >
          {rules.map((r) => (
            <tr key={`${r.ruleSetCode}-${r.code}-${r.validFrom}`}>
              <Td className="text-xs">{r.ruleSetCode}</Td>
              <Td>
                <span className="font-semibold">{r.label}</span>
                <span className="block text-xs text-slate-600">
                  {r.code} · {r.activityCode}
                </span>
              </Td>
              <Td>{r.maxPercentBp === null ? "—" : formatPercentBp(r.maxPercentBp)}</Td>
              <Td>{r.maxAmount === null ? "—" : formatMoney(BigInt(r.maxAmount))}</Td>
              <Td>
                {r.priorityMultiplierBp === null
                  ? "—"
                  : `× ${String(r.priorityMultiplierBp / 10000).replace(".", ",")}`}
              </Td>
              <Td>
                {r.article} {r.legalBasisTitle}
              </Td>
              <Td className="whitespace-nowrap">
                {formatDate(r.validFrom)} – {r.validTo ? formatDate(r.validTo) : t("present")}
              </Td>
              <Td>
                {r.verified ? (
                  <Badge tone="success">{t("verified")}</Badge>
                ) : (
                  <Badge tone="warning">{t("notVerified")}</Badge>
                )}
              </Td>
            </tr>
          ))}
        </Table>
        <div>
          {editable.length > 0 ? (
            <>
              <h2 className="mb-3 text-lg font-semibold">{t("addANewPeriodOf")}</h2>
              <RulePeriodForm codes={codes} bases={bases} sets={editable} locale={locale} />
            </>
          ) : (
            <p className="mb-4 text-sm">{t("theProvinceHasNoRule")}</p>
          )}
          <h2 className="mb-3 mt-6 text-lg font-semibold">{t("issueANewProvincialRule")}</h2>
          <RuleSetForm locale={locale} />
        </div>
      </div>
    </div>
  );
}

export default withMessages(RulesAdminPage, ["components.application.rulePeriodForm", "components.rules.ruleSetForm"]);
