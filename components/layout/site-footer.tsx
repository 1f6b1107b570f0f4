import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";

export function SiteFooter({ locale }: { locale: Locale }) {
  const e = env();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-600 no-print">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-4">
        {/* Official-site identifier: who runs the portal, its governing body, contact (PORTAL_OPERATOR_*). */}
        <div data-testid="site-identifier">
          <p className="font-semibold text-slate-800">
            {t("Cổng thông tin khuyến công", "Khuyến công portal")} — {e.PORTAL_OPERATOR}
          </p>
          <p>
            {t("Cơ quan chủ quản", "Governing body")}: {e.PORTAL_OPERATOR_PARENT}. {e.PORTAL_OPERATOR_CONTACT}
          </p>
        </div>
        <div className="flex flex-wrap gap-4">
          <span className="mr-auto">
            {t(
              "Cơ sở pháp lý: Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP (hiệu lực 15/10/2025).",
              "Legal basis: Decree 45/2012/ND-CP as amended by Decree 235/2025/ND-CP (effective 15/10/2025).",
            )}
          </span>
          <Link href="/tra-cuu" className="underline">
            {t("Tra cứu hồ sơ", "Dossier lookup")}
          </Link>
          <Link href="/cong-khai" className="underline">
            {t("Công khai", "Transparency")}
          </Link>
          <Link href={routes.feedback} className="underline">
            {t("Phản ánh, kiến nghị", "Feedback")}
          </Link>
          <Link href={routes.accessibility} className="underline">
            {t("Tuyên bố tiếp cận", "Accessibility")}
          </Link>
        </div>
      </div>
    </footer>
  );
}
