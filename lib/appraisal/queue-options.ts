import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { proposalScope } from "@/lib/proposals/scope";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { Option } from "@/lib/appraisal/dto";

/** Choices for the queue's filters, drawn from the dossiers the actor may see. */
export async function getQueueOptions(actor: Actor) {
  assertCan(actor, "proposal.viewAgency");
  const db = await getDb();
  const scope = proposalScope(actor);
  const [activities, communes, years, tagRows, appraisers] = await Promise.all([
    db.activityCategory.findMany({ where: { proposals: { some: scope } }, select: { code: true, name: true }, distinct: ["code"], orderBy: { contentNo: "asc" } }),
    db.adminUnit.findMany({ where: { proposals: { some: scope } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.proposal.findMany({ where: scope, select: { year: true }, distinct: ["year"], orderBy: { year: "desc" } }),
    db.proposal.findMany({ where: { AND: [scope, { tags: { isEmpty: false } }] }, select: { tags: true }, take: 500 }),
    can(actor.role, "proposal.assign")
      ? db.user.findMany({ where: { role: "APPRAISER", active: true, agency: { provinceId: actor.provinceId ?? "__none__" } }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : Promise.resolve([]),
  ]);
  const statuses: Option[] = (Object.keys(STATUS_INFO) as ProposalStatus[]).filter((s) => s !== "DRAFT").map((s) => ({ value: s, label: STATUS_INFO[s].label.vi }));
  return {
    statuses,
    activities: activities.map((a) => ({ value: a.code, label: a.name })),
    communes: communes.map((c) => ({ value: c.id, label: c.name })),
    years: years.map((y) => y.year),
    tags: [...new Set(tagRows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b, "vi")),
    appraisers,
  };
}
