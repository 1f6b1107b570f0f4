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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Ủy quyền ký quyết định" : "Signing delegations" };
}

export default async function DelegationsPage() {
  const actor = await requireActor("proposal.decide");
  const { rows, colleagues } = await listMyDelegations(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const now = new Date().toISOString();
  return (
    <>
      <PageHeader
        title={t("Ủy quyền ký quyết định", "Signing delegations")}
        subtitle={t(
          "Ai được ký thay, thừa lệnh hoặc thừa ủy quyền cho ai, trong thời hạn nào (Điều 13 Nghị định 30/2020/NĐ-CP).",
          "Who may sign for whom — as deputy, by order or by authorisation — and for how long (Article 13, Decree 30/2020/NĐ-CP).",
        )}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("Chưa có ủy quyền nào.", "No delegations yet.")}</p>
          ) : (
            <Table
              head={[
                t("Người ủy quyền → người ký", "Delegator → signer"),
                t("Hình thức", "Form"),
                t("Thời hạn", "Period"),
                "",
              ]}
            >
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
                        {r.revokedAt
                          ? t("Đã thu hồi", "Revoked")
                          : active
                            ? t("Đang hiệu lực", "In force")
                            : t("Ngoài thời hạn", "Outside its period")}
                      </Badge>
                    </Td>
                    <Td>{r.mine && !r.revokedAt && <RevokeDelegationButton id={r.id} locale={locale} />}</Td>
                  </tr>
                );
              })}
            </Table>
          )}
        </div>
        <Card title={t("Ủy quyền mới", "New delegation")}>
          <DelegationForm colleagues={colleagues} locale={locale} />
        </Card>
      </div>
    </>
  );
}
