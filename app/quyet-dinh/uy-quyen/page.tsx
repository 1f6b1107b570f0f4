import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listMyDelegations } from "@/lib/decisions/delegations";
import { SIGN_MODE_TEXT } from "@/lib/decisions/delegation-rules";
import { formatDateTime } from "@/lib/dates";
import { Card, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { DelegationForm, RevokeDelegationButton } from "@/components/decisions/delegation-forms";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quyetDinh.uyQuyen.page")("signingDelegations") };
}

async function DelegationsPage() {
  const actor = await requireActor("proposal.decide");
  const { rows, colleagues } = await listMyDelegations(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.quyetDinh.uyQuyen.page");
  const now = new Date().toISOString();
  return (
    <>
      <PageHeader title={t("signingDelegations")} subtitle={t("whoMaySignForWhom")} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noDelegationsYet")}</p>
          ) : (
            <Table head={[t("delegatorSigner"), t("form"), t("period"), ""]}>
              {rows.map((r) => {
                const active = !r.revokedAt && r.validFrom <= now && now <= r.validTo;
                return (
                  <tr key={r.id}>
                    <Td>
                      {r.delegatorName} → {r.delegateName}
                      {r.scope && <p className="text-xs text-slate-600">{r.scope}</p>}
                    </Td>
                    <Td>{SIGN_MODE_TEXT[r.mode][locale]}</Td>
                    <Td className="whitespace-nowrap text-sm">
                      {formatDateTime(r.validFrom)} – {formatDateTime(r.validTo)}
                      <br />
                      <Badge tone={active ? "success" : "neutral"}>
                        {r.revokedAt ? t("revoked") : active ? t("inForce") : t("outsideItsPeriod")}
                      </Badge>
                    </Td>
                    <Td>{r.mine && !r.revokedAt && <RevokeDelegationButton id={r.id} locale={locale} />}</Td>
                  </tr>
                );
              })}
            </Table>
          )}
        </div>
        <Card title={t("newDelegation")}>
          <DelegationForm colleagues={colleagues} locale={locale} />
        </Card>
      </div>
    </>
  );
}

export default withMessages(DelegationsPage, ["components.decisions.delegationForms"]);
