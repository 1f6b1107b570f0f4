import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { listAccountsWithSessions } from "@/lib/auth/admin-sessions";
import { adminRevokeAction, adminSetActiveAction } from "@/lib/session/account-actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { SmallActionForm } from "@/components/auth/small-action-form";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.phienDangNhap.page")("officialsSessions") };
}

/** Admin: end an official's sessions at once, or lock the account (issue 22). */
export default async function AdminSessionsPage() {
  const actor = await requireActor("users.manage");
  const locale = await getLocale();
  const vi = locale === "vi";
  const t = translator(locale, "app.quanTri.phienDangNhap.page");
  const accounts = await listAccountsWithSessions(actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t("officialsSessions")} subtitle={t("aRevokeTakesEffectAt")} />
      <Card>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th>{t("official")}</th>
              <th>{t("role")}</th>
              <th>{t("liveSessions")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-t border-slate-200" data-testid="account-row" data-email={a.email ?? ""}>
                <td className="py-2">
                  {a.name}
                  <br />
                  <span className="text-xs text-slate-600">{a.email}</span>
                </td>
                <td>
                  {vi
                    ? ROLE_LABELS[a.role as keyof typeof ROLE_LABELS].vi
                    : ROLE_LABELS[a.role as keyof typeof ROLE_LABELS].en}
                  {a.active ? "" : t("locked")}
                </td>
                <td>{a.liveSessions}</td>
                <td className="space-x-2 py-2">
                  {a.liveSessions > 0 && (
                    <SmallActionForm action={adminRevokeAction} fields={{ userId: a.id }} label={t("revoke")} danger />
                  )}
                  {a.id !== actor.id && (
                    <SmallActionForm
                      action={adminSetActiveAction}
                      fields={{ userId: a.id, active: a.active ? "false" : "true" }}
                      label={a.active ? t("deactivate") : t("reactivate")}
                      danger={a.active}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
