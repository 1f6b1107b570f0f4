import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME, ROLE_LABELS } from "@/lib/auth/permissions";
import { setLocaleAction, signOutAction } from "@/lib/session/actions";
import { menuFor, NOTIFICATIONS_HREF } from "@/components/layout/nav";
import { MainMenu } from "@/components/layout/main-menu";
import { countUnread } from "@/lib/notifications/queries";
import { translator } from "@/lib/i18n/messages";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = translator(locale, "components.layout.siteHeader");
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
          <span className="block text-xs font-normal text-brand-100">{t("departmentOfIndustryAndTrade")}</span>
          {t("industrialExtensionPortal")}
        </Link>
        <form action={setLocaleAction} className="flex items-center gap-1 text-sm">
          <input type="hidden" name="locale" value={t("vi")} />
          <button type="submit" className="rounded px-2 py-1 hover:bg-brand-700" lang={t("vi")}>
            {t("tiengViet")}
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
                {t("signOut")}
              </button>
            </form>
          </div>
        ) : (
          <Link href="/dang-nhap" className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-800">
            {t("signIn")}
          </Link>
        )}
      </div>
      {groups.length > 0 && (
        <MainMenu groups={groups} unread={unread} notificationsHref={NOTIFICATIONS_HREF} locale={locale} />
      )}
    </header>
  );
}
