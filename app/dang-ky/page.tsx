import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/ui/card";
import { AccountForm } from "@/components/establishment/account-form";

export const metadata: Metadata = { title: "Đăng ký tài khoản cơ sở" };

export default async function RegisterPage() {
  const actor = await getActor();
  if (actor) redirect(actor.role === "ENTERPRISE" && !actor.establishmentId ? "/dang-ky/co-so" : ROLE_HOME[actor.role]);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Đăng ký tài khoản" subtitle="Bước 1/2: tài khoản đăng nhập. Bước 2: thông tin cơ sở sản xuất." />
      <AccountForm />
    </div>
  );
}
