import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listOwnSessions, startTotpEnrolment } from "@/lib/auth/account";
import { isOfficialRole } from "@/lib/auth/second-factor";
import { confirmEnrolmentAction, endSessionAction } from "@/lib/session/account-actions";
import { getLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import { Card, PageHeader } from "@/components/ui/card";
import { CodeForm } from "@/components/auth/code-form";
import { SmallActionForm } from "@/components/auth/small-action-form";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.taiKhoan.baoMat.page")("accountSecurity") };
}

export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ moi?: string }> }) {
  const actor = await requireActor();
  const { moi } = await searchParams;
  const locale = await getLocale();
  const vi = locale === "vi";
  const t = translator(locale, "app.taiKhoan.baoMat.page");
  const official = isOfficialRole(actor.role);
  const enrolment = official ? await startTotpEnrolment(actor) : null;
  const sessions = await listOwnSessions(actor);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("accountSecurity")} subtitle={t("twoFactorAuthenticationPasswordAnd")} />
      {official && enrolment && (
        <Card title={t("twoFactorAuthentication")}>
          {enrolment.confirmed ? (
            <p className="text-sm">
              {t("onDecisionsAndRuleChanges")}
              <Link className="underline" href="/tai-khoan/xac-thuc">
                {t("enterACode")}
              </Link>
              .
            </p>
          ) : (
            <div className="space-y-3 text-sm">
              {moi && (
                <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900">
                  {t("officialsMustTurnOnTwo")}
                </p>
              )}
              <p>{t("n1ScanTheQrCode")}</p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
              <img src={enrolment.qrDataUrl} alt={t("qrCodeForTheAuthenticator")} width={220} height={220} />
              <p>
                {t("key")}
                <code data-testid="totp-secret" className="font-mono">
                  {enrolment.secret}
                </code>
              </p>
              <p>{t("n2TypeThe6Digit")}</p>
              <CodeForm action={confirmEnrolmentAction} label={t("authenticationCode")} submit={t("turnOn")} />
            </div>
          )}
        </Card>
      )}
      <Card title={t("password")}>
        <Link className="text-sm underline" href="/tai-khoan/mat-khau">
          {t("changePasswordOtherSessionsEnd")}
        </Link>
      </Card>
      <Card title={t("sessions")}>
        <ul className="divide-y divide-slate-200" data-testid="session-list">
          {sessions.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              data-testid="session-row"
            >
              <span>
                {s.current ? <strong>{t("thisSession")} · </strong> : null}
                {s.method === "oidc" ? "VNeID" : t("password")} · {t("since")} {formatDateTime(s.createdAt)} ·{" "}
                {t("active")} {formatDateTime(s.lastSeenAt)}
                {s.ip ? ` · ${s.ip}` : ""}
                <br />
                <span className="text-xs text-slate-600">{s.userAgent?.slice(0, 90)}</span>
              </span>
              {!s.current && (
                <SmallActionForm action={endSessionAction} fields={{ sessionId: s.id }} label={t("end")} danger />
              )}
            </li>
          ))}
        </ul>
        {sessions.length > 1 && (
          <div className="mt-3">
            <SmallActionForm
              action={endSessionAction}
              fields={{ sessionId: "others" }}
              label={t("endAllOtherSessions")}
              danger
            />
          </div>
        )}
      </Card>
    </div>
  );
}
