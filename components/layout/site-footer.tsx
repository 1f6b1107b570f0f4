import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-600 no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-4">
        <span className="mr-auto">
          {locale === "vi"
            ? "Cơ sở pháp lý: Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP (hiệu lực 15/10/2025)."
            : "Legal basis: Decree 45/2012/ND-CP as amended by Decree 235/2025/ND-CP (effective 15/10/2025)."}
        </span>
        <Link href="/tra-cuu" className="underline">
          {locale === "vi" ? "Tra cứu hồ sơ" : "Dossier lookup"}
        </Link>
        <Link href="/cong-khai" className="underline">
          {locale === "vi" ? "Công khai" : "Transparency"}
        </Link>
      </div>
    </footer>
  );
}
