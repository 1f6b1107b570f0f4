import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { translator } from "@/lib/i18n/messages";

const LINKS = [
  { href: routes.admin.personalData, vi: "Cơ sở: xuất, xóa", en: "Establishments: export, erase" },
  { href: routes.admin.personalDataRequests, vi: "Yêu cầu của chủ thể", en: "Data-subject requests" },
  { href: routes.admin.personalDataRegister, vi: "Danh mục dữ liệu", en: "Register" },
  { href: routes.admin.personalDataBreaches, vi: "Sự cố, vi phạm", en: "Breaches" },
] as const;

export function PrivacyNav({ locale, current }: { locale: Locale; current: string }) {
  const t = translator(locale, "components.privacy.privacyNav");
  return (
    <nav aria-label={t("personalData")} className="mt-3">
      <ul className="flex flex-wrap gap-2 text-sm">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={l.href === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md border px-3 ${l.href === current ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300"}`}
            >
              {locale === "vi" ? l.vi : l.en}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
