import type { Metadata, Viewport } from "next";
import "./fonts.css";
import "./globals.css";
import { getLocale } from "@/lib/i18n/locale";
import { NextIntlClientProvider } from "next-intl";
import { clientMessages, TIME_ZONE, translator } from "@/lib/i18n/messages";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";

export async function generateMetadata(): Promise<Metadata> {
  return (await getLocale()) === "vi"
    ? {
        title: { default: "Cổng khuyến công", template: "%s · Cổng khuyến công" },
        description:
          "Cổng thông tin và dịch vụ khuyến công của Sở Công Thương: đăng ký, nộp và tra cứu đề án khuyến công.",
      }
    : {
        title: { default: "Industrial extension portal", template: "%s · Industrial extension portal" },
        description:
          "Industrial extension information and services of the Department of Industry and Trade: register, submit and look up industrial extension projects.",
      };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = translator(locale, "app.layout");
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col">
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale)} timeZone={TIME_ZONE}>
          <a
            href="#noi-dung"
            className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader locale={locale} />
          <main id="noi-dung" className="flex-1 mx-auto w-full max-w-6xl px-4 py-6">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
