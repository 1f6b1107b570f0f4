import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { stepUpAction } from "@/lib/session/account-actions";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { CodeForm } from "@/components/auth/code-form";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.taiKhoan.xacThuc.page")("confirmSecondFactor") };
}

/** Step-up: a fresh code before a decision or a rule change (issue 22). */
export default async function StepUpPage() {
  await requireActor();
  const locale = await getLocale();
  const vi = locale === "vi";
  const t = translator(locale, "app.taiKhoan.xacThuc.page");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("confirmSecondFactor")} subtitle={t("decisionsAndSupportCapChanges")} />
      <Card>
        <CodeForm action={stepUpAction} label={t("codeOrRecoveryCode")} submit={t("confirm")} />
      </Card>
    </div>
  );
}
