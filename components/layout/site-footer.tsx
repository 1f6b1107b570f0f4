import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { translator } from "@/lib/i18n/messages";

export function SiteFooter({ locale }: { locale: Locale }) {
  const e = env();
  const t = translator(locale, "components.layout.siteFooter");
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-600 no-print">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-4">
        {/* Official-site identifier: who runs the portal, its governing body, contact (PORTAL_OPERATOR_*). */}
        <div data-testid="site-identifier">
          <p className="font-semibold text-slate-800">
            {t("khuyenCongPortal")} — {e.PORTAL_OPERATOR}
          </p>
          <p>
            {t("governingBody")}: {e.PORTAL_OPERATOR_PARENT}. {e.PORTAL_OPERATOR_CONTACT}
          </p>
        </div>
        <div className="flex flex-wrap gap-4">
          <span className="mr-auto">{t("legalBasisDecree452012")}</span>
          <Link href="/tra-cuu" className="underline">
            {t("dossierLookup")}
          </Link>
          <Link href="/cong-khai" className="underline">
            {t("transparency")}
          </Link>
          <Link href={routes.feedback} className="underline">
            {t("feedback")}
          </Link>
          <Link href={routes.accessibility} className="underline">
            {t("accessibility")}
          </Link>
        </div>
      </div>
    </footer>
  );
}
