import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { countProposalsByStatus, listTargets } from "@/lib/home/queries";
import { navFor } from "@/components/layout/nav";
import { RoleHome } from "@/components/home/role-home";
import { TargetsTable } from "@/components/home/targets-table";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.page")("leadershipOverview") };
}

export default async function LeaderHomePage() {
  const actor = await requireActor("dashboard.view");
  const locale = await getLocale();
  const [counts, targets] = await Promise.all([countProposalsByStatus(actor), listTargets(actor, 2021, 2025)]);
  return (
    <RoleHome
      title={translator(locale, "app.lanhDao.page")("leadershipHome")}
      name={actor.name}
      locale={locale}
      counts={counts}
      links={navFor(actor.role, locale).slice(1)}
    >
      <TargetsTable
        targets={targets}
        locale={locale}
        caption={translator(locale, "app.lanhDao.page")("targets20212025")}
      />
    </RoleHome>
  );
}
