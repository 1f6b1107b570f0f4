import "server-only";
import { getRequestConfig } from "next-intl/server";
import { getLocale } from "@/lib/i18n/locale";
import { MESSAGES, TIME_ZONE } from "@/lib/i18n/messages";

// next-intl's request configuration (next.config.ts points its plugin here): the visitor's language from the
// `lang` cookie (no locale in the URL), the catalogs, Vietnam's time zone.
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
