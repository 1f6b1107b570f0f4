import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { PageHeader } from "@/components/ui/card";
import { ssoEnabled, ssoNotice } from "@/lib/auth/oidc";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đăng nhập" : "Sign in" };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string }>;
}) {
  const locale = await getLocale();
  const vi = locale === "vi";
  const { next, error } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title={vi ? "Đăng nhập" : "Sign in"}
        subtitle={
          vi
            ? "Dùng định danh điện tử, hoặc email/số điện thoại đã đăng ký."
            : "Use your electronic identity, or your registered e-mail or phone number."
        }
      />
      {error && error !== "CredentialsSignin" && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-900">
          {vi
            ? "Không đăng nhập được bằng định danh điện tử. Tài khoản cán bộ đăng nhập bằng mật khẩu và mã xác thực."
            : "Single sign-on failed. Officials sign in with their password and authentication code."}
        </p>
      )}
      {ssoEnabled() && <SsoButton locale={locale} notice={ssoNotice()} />}
      <SignInForm locale={locale} next={next ?? ""} />
    </div>
  );
}
