import type { Actor } from "@/lib/auth/actor";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { Locale } from "@/lib/i18n/locale";
import { getOwnerGroups } from "@/lib/dashboard/queries";
import { OwnerGroups } from "@/components/dashboard/owner-groups";

/** The owner-group breakdown, loaded on its own so that the page streams it after the rest (see getOwnerGroups). */
export async function OwnerGroupsSection({
  actor,
  filters,
  locale,
}: {
  actor: Actor;
  filters: DashboardFilters;
  locale: Locale;
}) {
  return <OwnerGroups data={await getOwnerGroups(actor, filters)} locale={locale} />;
}
