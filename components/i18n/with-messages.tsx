import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "@/lib/i18n/locale";
import { clientMessages, TIME_ZONE } from "@/lib/i18n/messages";

/**
 * A page whose client components need more than the messages every page carries (the root layout's): it hands the
 * browser those namespaces too, and only on this page. tests/unit/messages.test.ts checks each page lists what the
 * client components it renders read.
 */
export function withMessages<P extends object>(
  Page: (props: P) => ReactNode | Promise<ReactNode>,
  namespaces: readonly string[],
) {
  return async function PageWithMessages(props: P) {
    const locale = await getLocale();
    return (
      <NextIntlClientProvider locale={locale} messages={clientMessages(locale, namespaces)} timeZone={TIME_ZONE}>
        <Page {...props} />
      </NextIntlClientProvider>
    );
  };
}
