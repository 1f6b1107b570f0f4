import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME, ROLE_LABELS } from "@/lib/auth/permissions";
import { setLocaleAction, signOutAction } from "@/lib/session/actions";
import { navFor } from "@/components/layout/nav";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const actor = await getActor().catch(() => null);
  const links = actor ? navFor(actor.role, locale) : [];
  return (
    <header className="bg-brand-800 text-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href={actor ? ROLE_HOME[actor.role] : "/"} className="mr-auto font-semibold leading-tight">
          <span className="block text-xs font-normal text-brand-100">{locale === "vi" ? "Sở Công Thương" : "Department of Industry and Trade"}</span>
          {locale === "vi" ? "Cổng khuyến công" : "Industrial Extension Portal"}
        </Link>
        <form action={setLocaleAction} className="flex items-center gap-1 text-sm">
          <input type="hidden" name="locale" value={locale === "vi" ? "en" : "vi"} />
          <button type="submit" className="rounded px-2 py-1 hover:bg-brand-700" lang={locale === "vi" ? "en" : "vi"}>
            {locale === "vi" ? "English" : "Tiếng Việt"}
          </button>
        </form>
        {actor ? (
          <div className="flex items-center gap-2 text-sm">
            <span className="hidden sm:inline" data-testid="current-user">{actor.name} · {ROLE_LABELS[actor.role][locale]}</span>
            <form action={signOutAction}>
              <button type="submit" className="rounded bg-white/10 px-3 py-1 hover:bg-white/20">{locale === "vi" ? "Đăng xuất" : "Sign out"}</button>
            </form>
          </div>
        ) : (
          <Link href="/dang-nhap" className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-800">{locale === "vi" ? "Đăng nhập" : "Sign in"}</Link>
        )}
      </div>
      {links.length > 0 && (
        <nav aria-label={locale === "vi" ? "Điều hướng chính" : "Main navigation"} className="bg-brand-700">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4 text-sm">
            {links.map((l) => (
              <li key={l.href}><Link href={l.href} className="block whitespace-nowrap px-3 py-2 hover:bg-brand-600">{l.label}</Link></li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
