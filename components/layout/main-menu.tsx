"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { MenuGroup, MenuLink } from "@/components/layout/nav";
import { useTranslations } from "next-intl";

type Props = { groups: MenuGroup[]; unread: number; notificationsHref: string; locale: "vi" | "en" };

/**
 * The main menu, every item reachable at every width (issue 13.4): on a desktop, a bar of links and grouped
 * menus (disclosure buttons: Enter/Space open, Escape closes and returns to the button, Tab moves on); on a
 * phone, one "Menu" button that opens the whole list, grouped under headings. The unread count sits on
 * "Thông báo" in both.
 */
export function MainMenu({ groups, unread, notificationsHref, locale }: Props) {
  const t = useTranslations("components.layout.mainMenu");
  const pathname = usePathname();
  const [phoneOpen, setPhoneOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<number | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const uid = useId();

  // A new page closes the menus.
  const [seenPath, setSeenPath] = useState(pathname);
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    setPhoneOpen(false);
    setOpenGroup(null);
  }

  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (!navRef.current?.contains(e.target as Node)) setOpenGroup(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenGroup((g) => {
        if (g !== null) buttons.current[g]?.focus();
        return null;
      });
    };
    document.addEventListener("pointerdown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, []);

  // The current page's item: the longest menu address the path starts with.
  const activeHref = groups
    .flatMap((g) => g.items.map((i) => i.href))
    .filter((h) => pathname === h || pathname.startsWith(`${h}/`))
    .sort((a, b) => b.length - a.length)[0];
  const current = (href: string) => href === activeHref;
  const item = (l: MenuLink, inGroup: boolean) => {
    const isNotices = l.href === notificationsHref;
    return (
      <Link
        href={l.href}
        aria-current={current(l.href) ? "page" : undefined}
        className={`flex min-h-11 items-center gap-2 whitespace-nowrap px-3 py-2 hover:bg-brand-600 aria-[current=page]:font-semibold aria-[current=page]:underline ${inGroup ? "md:text-slate-900 md:hover:bg-brand-50" : ""}`}
      >
        {l.label}
        {isNotices && unread > 0 && (
          <span
            data-testid="unread-count"
            className="rounded-full bg-amber-300 px-2 text-xs font-semibold text-slate-900"
          >
            {unread}
            <span className="sr-only"> {t("unread")}</span>
          </span>
        )}
      </Link>
    );
  };

  return (
    <nav ref={navRef} aria-label={t("mainNavigation")} className="bg-brand-700" data-testid="main-nav">
      <div className="mx-auto max-w-6xl px-4 text-sm">
        <button
          type="button"
          className="flex min-h-11 w-full items-center gap-2 py-2 font-semibold md:hidden"
          aria-expanded={phoneOpen}
          aria-controls={`${uid}-list`}
          onClick={() => setPhoneOpen((o) => !o)}
        >
          <span aria-hidden className="text-lg leading-none">
            {phoneOpen ? "✕" : "☰"}
          </span>
          {t("menu")}
          {unread > 0 && !phoneOpen && (
            <span className="rounded-full bg-amber-300 px-2 text-xs font-semibold text-slate-900">
              {unread}
              <span className="sr-only"> {t("unreadNotifications")}</span>
            </span>
          )}
        </button>
        <ul
          id={`${uid}-list`}
          className={`${phoneOpen ? "block" : "hidden"} pb-2 md:flex md:flex-wrap md:gap-1 md:pb-0`}
        >
          {groups.map((g, gi) =>
            g.items.length === 1 ? (
              <li key={g.label}>{item(g.items[0]!, false)}</li>
            ) : (
              <li key={g.label} className="relative">
                <p className="mt-2 px-3 text-xs font-semibold uppercase tracking-wide text-brand-100 md:hidden">
                  {g.label}
                </p>
                <button
                  ref={(el) => {
                    buttons.current[gi] = el;
                  }}
                  type="button"
                  aria-expanded={openGroup === gi}
                  aria-controls={`${uid}-g${gi}`}
                  className="hidden min-h-11 items-center gap-1 whitespace-nowrap px-3 py-2 hover:bg-brand-600 md:flex"
                  onClick={() => setOpenGroup((o) => (o === gi ? null : gi))}
                >
                  {g.label}{" "}
                  <span aria-hidden className="text-xs">
                    ▾
                  </span>
                </button>
                <ul
                  id={`${uid}-g${gi}`}
                  className={`pl-3 md:absolute md:left-0 md:top-full md:z-20 md:min-w-56 md:rounded-md md:border md:border-slate-200 md:bg-white md:py-1 md:pl-0 md:shadow-lg ${openGroup === gi ? "md:block" : "md:hidden"}`}
                >
                  {g.items.map((l) => (
                    <li key={l.href}>{item(l, true)}</li>
                  ))}
                </ul>
              </li>
            ),
          )}
        </ul>
      </div>
    </nav>
  );
}
