import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { PasswordForm } from "@/components/auth/password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đổi mật khẩu" : "Change password" };
}

export default async function ChangePasswordPage() {
  await requireActor();
  const vi = (await getLocale()) === "vi";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={vi ? "Đổi mật khẩu" : "Change password"} subtitle={vi ? "Mọi phiên đăng nhập khác của bạn sẽ kết thúc ngay." : "Every other session of yours ends at once."} />
      <Card><PasswordForm vi={vi} /></Card>
    </div>
  );
}
