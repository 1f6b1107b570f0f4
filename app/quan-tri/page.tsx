import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { countProposalsByStatus } from "@/lib/home/queries";
import { navFor } from "@/components/layout/nav";
import { RoleHome } from "@/components/home/role-home";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.page")("administration") };
}

export default async function Page() {
  const actor = await requireActor("users.manage");
  const locale = await getLocale();
  const counts = await countProposalsByStatus(actor);
  return (
    <RoleHome
      title={translator(locale, "app.quanTri.page")("administration")}
      name={actor.name}
      locale={locale}
      counts={counts}
      links={navFor(actor.role, locale).slice(1)}
    />
  );
}
