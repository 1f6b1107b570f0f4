import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { AccountForm } from "@/components/establishment/account-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đăng ký tài khoản cơ sở" : "Establishment account registration" };
}

export default async function RegisterPage() {
  const actor = await getActor();
  if (actor) redirect(actor.role === "ENTERPRISE" && !actor.establishmentId ? "/dang-ky/co-so" : ROLE_HOME[actor.role]);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title={t("Đăng ký tài khoản", "Register an account")}
        subtitle={t(
          "Bước 1/2: tài khoản đăng nhập. Bước 2: thông tin cơ sở sản xuất.",
          "Step 1/2: sign-in account. Step 2: details of the production establishment.",
        )}
      />
      <AccountForm locale={locale} />
    </div>
  );
}
