import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { PasswordForm } from "@/components/auth/password-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.taiKhoan.matKhau.page")("changePassword") };
}

async function ChangePasswordPage() {
  const actor = await requireActor(undefined, { passwordChange: true });
  const locale = await getLocale();
  const vi = locale === "vi";
  const t = translator(locale, "app.taiKhoan.matKhau.page");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("changePassword")} subtitle={t("everyOtherSessionOfYours")} />
      {actor.mustChangePassword && (
        <p
          role="alert"
          className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="must-change-password"
        >
          {t("thisAccountSPasswordWas")}
        </p>
      )}
      <Card>
        <PasswordForm vi={vi} />
      </Card>
    </div>
  );
}

export default withMessages(ChangePasswordPage, ["components.auth.passwordForm"]);
