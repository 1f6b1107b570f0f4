import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { PasswordForm } from "@/components/auth/password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đổi mật khẩu" : "Change password" };
}

export default async function ChangePasswordPage() {
  const actor = await requireActor(undefined, { passwordChange: true });
  const vi = (await getLocale()) === "vi";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title={vi ? "Đổi mật khẩu" : "Change password"}
        subtitle={
          vi ? "Mọi phiên đăng nhập khác của bạn sẽ kết thúc ngay." : "Every other session of yours ends at once."
        }
      />
      {actor.mustChangePassword && (
        <p
          role="alert"
          className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="must-change-password"
        >
          {vi
            ? "Mật khẩu của tài khoản này do cán bộ đặt khi đăng ký hộ. Vui lòng đặt mật khẩu của riêng bạn trước khi tiếp tục."
            : "This account's password was set by an officer at registration. Please set your own password before continuing."}
        </p>
      )}
      <Card>
        <PasswordForm vi={vi} />
      </Card>
    </div>
  );
}
