import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { vnDay } from "@/lib/dates";
import { loadActivities, loadSupportRules } from "@/lib/rules/load";
import { activitiesInForce } from "@/lib/rules/in-force";
import { precheckActivities, type Precheck } from "@/lib/rules/precheck";
import { loadEstablishmentFacts } from "@/lib/applications/facts";

/**
 * The applicant's own pre-check: every activity content the form offers today (in force, with a support
 * rule), checked against the establishment's facts. Null when the account has no establishment yet.
 */
export async function getOwnPrecheck(actor: Actor, now = new Date()): Promise<Precheck | null> {
  assertCan(actor, "proposal.viewOwn");
  if (!actor.establishmentId) return null;
  const db = await getDb();
  const today = vnDay(now);
  const [facts, rules, activities] = [
    await loadEstablishmentFacts(db, actor.establishmentId),
    await loadSupportRules(db),
    await loadActivities(db),
  ];
  const offered = activitiesInForce(activities, today).filter((a) => rules.some((r) => r.activityCode === a.code));
  return precheckActivities(facts, offered, today);
}
