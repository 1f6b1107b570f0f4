import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { proposalScope } from "@/lib/proposals/scope";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { Option } from "@/lib/appraisal/dto";

type QueueOptions = Awaited<ReturnType<typeof readQueueOptions>>;

/**
 * The filter choices change when a dossier of a new year, commune, activity or tag arrives — rarely against how
 * often the queue is opened. They are kept per scope (agency/province, or the appraiser's own assignments) for 60 s
 * in this process (issue 21: every queue request re-read the province's đề án for them). Nothing invalidates the
 * cache: a new choice appears within a minute; a choice with no dossier left just finds nothing.
 */
const OPTIONS_TTL_MS = 60_000;
const optionsCache = new Map<string, { at: number; value: Promise<QueueOptions> }>();

function scopeKey(actor: Actor): string {
  return [actor.role, actor.agencyId ?? "-", actor.provinceId ?? "-", actor.role === "APPRAISER" ? actor.id : "-"].join(
    "|",
  );
}

/** Choices for the queue's filters, drawn from the dossiers the actor may see. */
export async function getQueueOptions(actor: Actor): Promise<QueueOptions> {
  assertCan(actor, "proposal.viewAgency");
  const key = scopeKey(actor);
  const hit = optionsCache.get(key);
  if (hit && Date.now() - hit.at < OPTIONS_TTL_MS) return hit.value;
  const value = readQueueOptions(actor);
  optionsCache.set(key, { at: Date.now(), value });
  value.catch(() => optionsCache.delete(key));
  if (optionsCache.size > 1000) optionsCache.delete(optionsCache.keys().next().value!);
  return value;
}

/** Tests that add dossiers and read the options again at once. */
export function clearQueueOptionsCache(): void {
  optionsCache.clear();
}

async function readQueueOptions(actor: Actor) {
  const db = await getDb();
  const scope = proposalScope(actor);
  const [activities, communes, years, tagRows, appraisers] = await Promise.all([
    db.activityCategory.findMany({
      where: { proposals: { some: scope } },
      select: { code: true, name: true },
      distinct: ["code"],
      orderBy: { contentNo: "asc" },
    }),
    db.adminUnit.findMany({
      where: { proposals: { some: scope } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    // GROUP BY in the database (Prisma's `distinct` reads every row and de-duplicates in memory).
    db.proposal.groupBy({ by: ["year"], where: scope, orderBy: { year: "desc" } }),
    db.proposal.findMany({ where: { AND: [scope, { tags: { isEmpty: false } }] }, select: { tags: true }, take: 500 }),
    can(actor.role, "proposal.assign")
      ? db.user.findMany({
          where: { role: "APPRAISER", active: true, agency: { provinceId: actor.provinceId ?? "__none__" } },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([]),
  ]);
  const statuses: Option[] = (Object.keys(STATUS_INFO) as ProposalStatus[])
    .filter((s) => s !== "DRAFT")
    .map((s) => ({ value: s, label: STATUS_INFO[s].label.vi }));
  return {
    statuses,
    activities: activities.map((a) => ({ value: a.code, label: a.name })),
    communes: communes.map((c) => ({ value: c.id, label: c.name })),
    years: years.map((y) => y.year),
    tags: [...new Set(tagRows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b, "vi")),
    appraisers,
  };
}
