import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { AccountForm } from "@/components/establishment/account-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.dangKy.page")("establishmentAccountRegistration") };
}

async function RegisterPage() {
  const actor = await getActor();
  if (actor) redirect(actor.role === "ENTERPRISE" && !actor.establishmentId ? "/dang-ky/co-so" : ROLE_HOME[actor.role]);
  const locale = await getLocale();
  const t = translator(locale, "app.dangKy.page");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("registerAnAccount")} subtitle={t("step12SignIn")} />
      <AccountForm locale={locale} />
    </div>
  );
}

export default withMessages(RegisterPage, ["components.establishment.accountForm"]);
