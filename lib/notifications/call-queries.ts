import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { routes } from "@/lib/routes";

export type CallRow = {
  id: string;
  name: string;
  opensAt: string;
  closesAt: string;
  activities: string[];
  industries: string[];
  communes: string[];
  alerted: number;
  closed: boolean;
};

/** The agency's calls for proposals (đợt), newest first, with how many applicants were alerted. Bounded. */
export async function listCalls(actor: Actor, take = 50): Promise<CallRow[]> {
  assertCan(actor, "plan.compose");
  const db = await getDb();
  const calls = await db.proposalCall.findMany({
    where: { agencyId: actor.agencyId ?? "__none__" },
    orderBy: { opensAt: "desc" },
    take,
  });
  const [activities, communes, alerted] = await Promise.all([
    db.activityCategory.findMany({
      where: { code: { in: calls.flatMap((c) => c.activityCodes) }, validTo: null },
      select: { code: true, name: true },
    }),
    db.adminUnit.findMany({
      where: { id: { in: calls.flatMap((c) => c.communeIds) } },
      select: { id: true, name: true },
    }),
    db.notification.groupBy({
      by: ["link"],
      where: { kind: "call.opened", link: { in: calls.map((c) => routes.enterprise.alertSettings({ dot: c.id })) } },
      _count: { _all: true },
    }),
  ]);
  return calls.map((c) => ({
    id: c.id,
    name: c.name,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    activities: c.activityCodes.map((code) => activities.find((a) => a.code === code)?.name ?? code),
    industries: c.industries,
    communes: c.communeIds.map((id) => communes.find((u) => u.id === id)?.name ?? id),
    closed: c.closesAt.getTime() < Date.now(),
    alerted: alerted.find((a) => a.link === routes.enterprise.alertSettings({ dot: c.id }))?._count._all ?? 0,
  }));
}

/** Choices of the "open a call" form: current activity contents and the communes of the agency's province. */
export async function getCallFormOptions(actor: Actor) {
  assertCan(actor, "plan.compose");
  const db = await getDb();
  const [activities, communes] = await Promise.all([
    db.activityCategory.findMany({
      where: { validTo: null },
      select: { code: true, name: true },
      orderBy: { contentNo: "asc" },
    }),
    db.adminUnit.findMany({
      where: {
        level: "COMMUNE",
        validTo: null,
        OR: [{ parentId: actor.provinceId ?? "__none__" }, { parent: { parentId: actor.provinceId ?? "__none__" } }],
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  return {
    activities: [...new Map(activities.map((a) => [a.code, { value: a.code, label: a.name }])).values()],
    communes: communes.map((c) => ({ value: c.id, label: c.name })),
  };
}
