import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { PageHeader, Stat } from "@/components/ui/card";
import { translator } from "@/lib/i18n/messages";

/** The landing page of a signed-in role: who you are, what waits for you, where to go. */
export function RoleHome({
  title,
  name,
  locale,
  counts,
  links,
  children,
}: {
  title: string;
  name: string;
  locale: Locale;
  counts: Partial<Record<ProposalStatus, number>>;
  links: Array<{ href: string; label: string }>;
  children?: React.ReactNode;
}) {
  const t = translator(locale, "components.home.roleHome");
  const entries = (Object.keys(STATUS_INFO) as ProposalStatus[]).filter((s) => counts[s]);
  return (
    <div className="space-y-6">
      <PageHeader title={title} subtitle={t("welcome", { name })} />
      {entries.length > 0 && (
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t("dossiersByStatus")}>
          {entries.map((s) => (
            <Stat key={s} label={STATUS_INFO[s].label[locale]} value={counts[s]} />
          ))}
        </div>
      )}
      <nav className="flex flex-wrap gap-2">
        {links.map((l) => (
          <Link
            key={l.href}
            href={l.href}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100"
          >
            {l.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
