import type { Tx } from "@/lib/db";
import type { DecisionKind, SignMode } from "@/lib/generated/prisma/enums";
import { STATUS_INFO } from "@/lib/proposals/workflow";

const DECISION_KIND: Record<string, DecisionKind | undefined> = {
  approve: "APPROVE",
  reject: "REJECT",
  return: "RETURN",
};

export type TimelineItem = {
  id: string;
  at: string;
  action: string;
  fromLabel: string | null;
  toLabel: string | null;
  actorName: string | null;
  onBehalfOfName: string | null;
  reason: string | null;
  round: number;
  /** How the step's numbered decision was signed (KT./TL./TUQ.), paired by kind and round. */
  signMode: SignMode | null;
};

/** The dossier's timeline: one entry per status change, written with the change (same transaction). */
export async function loadTimeline(tx: Tx, proposalId: string): Promise<TimelineItem[]> {
  const events = await tx.proposalEvent.findMany({
    where: { proposalId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      actorName: true,
      onBehalfOfName: true,
      reason: true,
      round: true,
      createdAt: true,
    },
  });
  const decisions = await tx.decision.findMany({
    where: { proposalId },
    select: { kind: true, round: true, signMode: true },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt.toISOString(),
    action: e.action,
    fromLabel: e.fromStatus ? STATUS_INFO[e.fromStatus].label.vi : null,
    toLabel: e.toStatus ? STATUS_INFO[e.toStatus].label.vi : null,
    actorName: e.actorName,
    onBehalfOfName: e.onBehalfOfName,
    reason: e.reason,
    round: e.round,
    signMode: decisions.find((d) => d.kind === DECISION_KIND[e.action] && d.round === e.round)?.signMode ?? null,
  }));
}
