import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { PageHeader } from "@/components/ui/card";
import { ssoEnabled, ssoNotice } from "@/lib/auth/oidc";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.dangNhap.page")("signIn") };
}

async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const locale = await getLocale();
  const vi = locale === "vi";
  const t = translator(locale, "app.dangNhap.page");
  const { next, error } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("signIn")} subtitle={t("useYourElectronicIdentityOr")} />
      {error && error !== "CredentialsSignin" && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-900">
          {t("singleSignOnFailedOfficials")}
        </p>
      )}
      {ssoEnabled() && <SsoButton locale={locale} notice={ssoNotice()} />}
      <SignInForm locale={locale} next={next ?? ""} />
    </div>
  );
}

export default withMessages(SignInPage, ["components.auth.signInForm"]);
