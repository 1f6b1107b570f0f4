import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { formatMoney } from "@/lib/money";
import type { DecisionKind, ProposalStatus } from "@/lib/generated/prisma/enums";
import { agencyScope } from "@/lib/proposals/scope";
import { kcqgRegistrationDeadline, registeredOnTime } from "@/lib/plans/kcqg-deadline";

export type KcqgRegisterRow = {
  id: string;
  code: string | null;
  title: string;
  agencyName: string;
  province: string | null;
  status: ProposalStatus;
  requestedSupport: string;
  sentAt: string | null;
  onTime: boolean | null;
  decision: { kind: DecisionKind; number: string; decidedAt: string; signerName: string; id: string } | null;
};

const REGISTERED: ProposalStatus[] = [
  "BASE_APPRAISED",
  "MINISTRY_APPRAISAL",
  "APPROVED",
  "REJECTED",
  "CONTRACTED",
  "IN_PROGRESS",
  "ACCEPTED",
  "SETTLED",
  "STOPPED",
];

/**
 * The KCQG register of a plan year: the đề án the province appraised and sent to the ministry, when (against
 * the 20/06 deadline) and the ministry's decision. A province sees its own; the ministry sees every province.
 */
export async function listKcqgRegister(
  actor: Actor,
  year: number,
): Promise<{ deadline: string; rows: KcqgRegisterRow[] }> {
  if (!can(actor.role, "proposal.viewNational") && !can(actor.role, "proposal.viewAgency")) throw new ForbiddenError();
  const db = await getDb();
  const rows = await db.proposal.findMany({
    where: { fund: "KCQG", year, status: { in: REGISTERED }, agency: agencyScope(actor) },
    orderBy: [{ status: "asc" }, { submittedAt: "asc" }],
    take: 500,
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      requestedSupport: true,
      agency: { select: { name: true, province: { select: { name: true } } } },
      events: {
        where: { action: "sendToMinistry" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true },
      },
      decisions: {
        where: { kind: { in: ["APPROVE", "REJECT"] } },
        orderBy: { decidedAt: "desc" },
        take: 1,
        select: { id: true, kind: true, number: true, decidedAt: true, signerName: true },
      },
    },
  });
  return {
    deadline: kcqgRegistrationDeadline(year).toISOString(),
    rows: rows.map((r) => {
      const sent = r.events[0]?.createdAt ?? null;
      const d = r.decisions[0];
      return {
        id: r.id,
        code: r.code,
        title: r.title,
        agencyName: r.agency.name,
        province: r.agency.province?.name ?? null,
        status: r.status,
        requestedSupport: formatMoney(r.requestedSupport),
        sentAt: sent?.toISOString() ?? null,
        onTime: sent ? registeredOnTime(year, sent) : null,
        decision: d
          ? { id: d.id, kind: d.kind, number: d.number, decidedAt: d.decidedAt.toISOString(), signerName: d.signerName }
          : null,
      };
    }),
  };
}
