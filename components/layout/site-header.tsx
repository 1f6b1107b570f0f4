import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME, ROLE_LABELS } from "@/lib/auth/permissions";
import { setLocaleAction, signOutAction } from "@/lib/session/actions";
import { menuFor, NOTIFICATIONS_HREF } from "@/components/layout/nav";
import { MainMenu } from "@/components/layout/main-menu";
import { countUnread } from "@/lib/notifications/queries";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const actor = await getActor().catch(() => null);
  const groups = actor ? menuFor(actor.role, locale) : [];
  const unread =
    actor && groups.some((g) => g.items.some((i) => i.href === NOTIFICATIONS_HREF))
      ? await countUnread(actor).catch(() => 0)
      : 0;
  return (
    <header className="bg-brand-800 text-white no-print">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href={actor ? ROLE_HOME[actor.role] : "/"} className="mr-auto font-semibold leading-tight">
          <span className="block text-xs font-normal text-brand-100">
            {locale === "vi" ? "Sở Công Thương" : "Department of Industry and Trade"}
          </span>
          {locale === "vi" ? "Cổng khuyến công" : "Industrial Extension Portal"}
        </Link>
        <form action={setLocaleAction} className="flex items-center gap-1 text-sm">
          <input type="hidden" name="locale" value={locale === "vi" ? "en" : "vi"} />
          <button type="submit" className="rounded px-2 py-1 hover:bg-brand-700" lang={locale === "vi" ? "en" : "vi"}>
            {locale === "vi" ? "English" : "Tiếng Việt"}
          </button>
        </form>
        {actor ? (
          <div className="flex w-full items-center gap-2 text-sm sm:w-auto">
            {/* The signed-in person stays visible on a phone too (issue 13.4). */}
            <span className="mr-auto min-w-0 truncate sm:mr-0" data-testid="current-user">
              {actor.name} · {ROLE_LABELS[actor.role][locale]}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded bg-white/10 px-3 py-1 hover:bg-white/20">
                {locale === "vi" ? "Đăng xuất" : "Sign out"}
              </button>
            </form>
          </div>
        ) : (
          <Link href="/dang-nhap" className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-800">
            {locale === "vi" ? "Đăng nhập" : "Sign in"}
          </Link>
        )}
      </div>
      {groups.length > 0 && (
        <MainMenu groups={groups} unread={unread} notificationsHref={NOTIFICATIONS_HREF} locale={locale} />
      )}
    </header>
  );
}
