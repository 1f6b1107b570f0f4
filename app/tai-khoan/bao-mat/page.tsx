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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Bảo mật tài khoản" : "Account security" };
}

export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ moi?: string }> }) {
  const actor = await requireActor();
  const { moi } = await searchParams;
  const vi = (await getLocale()) === "vi";
  const t = (a: string, b: string) => (vi ? a : b);
  const official = isOfficialRole(actor.role);
  const enrolment = official ? await startTotpEnrolment(actor) : null;
  const sessions = await listOwnSessions(actor);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("Bảo mật tài khoản", "Account security")}
        subtitle={t(
          "Xác thực hai yếu tố, mật khẩu và các phiên đăng nhập.",
          "Two-factor authentication, password and sessions.",
        )}
      />
      {official && enrolment && (
        <Card title={t("Xác thực hai yếu tố", "Two-factor authentication")}>
          {enrolment.confirmed ? (
            <p className="text-sm">
              {t(
                "Đã bật. Quyết định phê duyệt và thay đổi định mức cần mã xác thực gần đây: ",
                "On. Decisions and rule changes need a recent code: ",
              )}
              <Link className="underline" href="/tai-khoan/xac-thuc">
                {t("nhập mã xác thực", "enter a code")}
              </Link>
              .
            </p>
          ) : (
            <div className="space-y-3 text-sm">
              {moi && (
                <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900">
                  {t(
                    "Tài khoản cán bộ cần bật xác thực hai yếu tố trước khi ra quyết định.",
                    "Officials must turn on two-factor authentication before deciding.",
                  )}
                </p>
              )}
              <p>
                {t(
                  "1. Quét mã QR bằng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…), hoặc nhập khóa bên dưới.",
                  "1. Scan the QR code with an authenticator app, or type the key below.",
                )}
              </p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
              <img
                src={enrolment.qrDataUrl}
                alt={t("Mã QR để thêm tài khoản vào ứng dụng xác thực", "QR code for the authenticator app")}
                width={220}
                height={220}
              />
              <p>
                {t("Khóa: ", "Key: ")}
                <code data-testid="totp-secret" className="font-mono">
                  {enrolment.secret}
                </code>
              </p>
              <p>
                {t(
                  "2. Nhập mã 6 số ứng dụng hiển thị để xác nhận.",
                  "2. Type the 6-digit code the app shows to confirm.",
                )}
              </p>
              <CodeForm
                action={confirmEnrolmentAction}
                label={t("Mã xác thực", "Authentication code")}
                submit={t("Bật xác thực hai yếu tố", "Turn on")}
              />
            </div>
          )}
        </Card>
      )}
      <Card title={t("Mật khẩu", "Password")}>
        <Link className="text-sm underline" href="/tai-khoan/mat-khau">
          {t("Đổi mật khẩu (các phiên đăng nhập khác sẽ kết thúc)", "Change password (other sessions end)")}
        </Link>
      </Card>
      <Card title={t("Các phiên đăng nhập", "Sessions")}>
        <ul className="divide-y divide-slate-200" data-testid="session-list">
          {sessions.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              data-testid="session-row"
            >
              <span>
                {s.current ? <strong>{t("Phiên này", "This session")} · </strong> : null}
                {s.method === "oidc" ? "VNeID" : t("Mật khẩu", "Password")} · {t("từ", "since")}{" "}
                {formatDateTime(s.createdAt)} · {t("hoạt động", "active")} {formatDateTime(s.lastSeenAt)}
                {s.ip ? ` · ${s.ip}` : ""}
                <br />
                <span className="text-xs text-slate-600">{s.userAgent?.slice(0, 90)}</span>
              </span>
              {!s.current && (
                <SmallActionForm
                  action={endSessionAction}
                  fields={{ sessionId: s.id }}
                  label={t("Kết thúc", "End")}
                  danger
                />
              )}
            </li>
          ))}
        </ul>
        {sessions.length > 1 && (
          <div className="mt-3">
            <SmallActionForm
              action={endSessionAction}
              fields={{ sessionId: "others" }}
              label={t("Kết thúc mọi phiên khác", "End all other sessions")}
              danger
            />
          </div>
        )}
      </Card>
    </div>
  );
}
