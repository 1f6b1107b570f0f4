import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/locale";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeader } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đăng nhập" : "Sign in" };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const locale = await getLocale();
  const { next } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={locale === "vi" ? "Đăng nhập" : "Sign in"} subtitle={locale === "vi" ? "Dùng email hoặc số điện thoại đã đăng ký." : "Use your registered e-mail or phone number."} />
      <SignInForm locale={locale} next={next ?? ""} />
    </div>
  );
}
