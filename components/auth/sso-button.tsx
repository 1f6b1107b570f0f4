import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";

/**
 * "Đăng nhập bằng VNeID" (OpenID Connect), a link to app/dang-nhap/vneid; a test provider says so, in red,
 * beside it.
 */
export function SsoButton({ locale, notice }: { locale: Locale; notice: string }) {
  const vi = locale === "vi";
  const t = translator(locale, "components.auth.ssoButton");
  return (
    <div className="mb-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <p className="mb-3 text-sm text-slate-700">{t("enterprisesHouseholdBusinessesAndCitizens")}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler, not a page: a full navigation */}
      <a
        href="/dang-nhap/vneid"
        className="block min-h-11 w-full rounded-md bg-red-700 px-4 py-2 text-center font-semibold text-white hover:bg-red-800 focus:outline-2 focus:outline-offset-2"
      >
        {t("signInWithVneid")}
      </a>
      {notice && (
        <p data-testid="sso-notice" className="mt-2 text-sm font-semibold text-red-800">
          {notice}
        </p>
      )}
    </div>
  );
}
