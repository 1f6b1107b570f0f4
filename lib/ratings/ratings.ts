import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write";
import { ForbiddenError, NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow, z } from "@/lib/validation";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { SMALL_CELL } from "@/lib/metrics/owner-groups";
import { vnDay } from "@/lib/dates";
import { libText } from "@/lib/i18n/lib-token";

// Satisfaction with the service (issue 20): the applicant rates a dossier once it has a result — decided (approved or
// refused) and anything after — on four criteria (1–5) with free text. Staff and leaders see averages and counts by
// agency, activity and month; the comments are read by leaders and administrators only, never with the rater.

export const RATED_STATUSES: readonly ProposalStatus[] = [
  "APPROVED",
  "REJECTED",
  "CONTRACTED",
  "IN_PROGRESS",
  "ACCEPTED",
  "SETTLED",
  "STOPPED",
];
const score = z.coerce
  .number({ message: libText("validation.chooseScore1to5") })
  .int(libText("validation.chooseScore1to5"))
  .min(1, libText("validation.chooseScore1to5"))
  .max(5, libText("validation.chooseScore1to5"));
export const ratingSchema = z.object({
  overall: score,
  timeliness: score,
  staff: score,
  ease: score,
  comment: z
    .string()
    .trim()
    .max(2000, libText("validation.atMost2000Characters"))
    .optional()
    .transform((v) => v || null),
});

/** Whether the signed-in applicant may rate this dossier now, and whether they already did. */
export async function ratingState(
  actor: Actor,
  proposalId: string,
): Promise<"eligible" | "rated" | "not-yet" | "none"> {
  if (actor.role !== "ENTERPRISE" || !actor.establishmentId) return "none";
  const db = await getDb();
  const p = await db.proposal.findFirst({
    where: { id: proposalId, establishmentId: actor.establishmentId },
    select: { status: true },
  });
  if (!p) return "none";
  if (await db.serviceRating.count({ where: { proposalId } })) return "rated";
  return RATED_STATUSES.includes(p.status) ? "eligible" : "not-yet";
}

export async function rateService(actor: Actor, proposalId: string, input: unknown): Promise<void> {
  if (actor.role !== "ENTERPRISE" || !actor.establishmentId) throw new ForbiddenError();
  const v = parseOrThrow(ratingSchema, input);
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      const p = await tx.proposal.findFirst({
        where: { id: proposalId, establishmentId: actor.establishmentId },
        select: { id: true, status: true, agencyId: true, activityCategoryId: true },
      });
      if (!p) throw new NotFoundError(libText("errors.notFound"));
      if (!RATED_STATUSES.includes(p.status)) throw new WorkflowError(libText("errors.theDossierHasNoOutcome"));
      if (await tx.serviceRating.count({ where: { proposalId: p.id } }))
        throw new WorkflowError(libText("errors.youHaveAlreadyRatedThis"));
      const r = await tx.serviceRating.create({
        data: {
          proposalId: p.id,
          raterId: actor.id,
          agencyId: p.agencyId,
          activityCategoryId: p.activityCategoryId,
          ...v,
        },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "rating.create",
        entity: "ServiceRating",
        entityId: r.id,
        data: { proposalId },
      });
    });
  } catch (e) {
    // Two submissions at once: the unique proposalId lets one in.
    if ((e as { code?: string })?.code === "P2002") throw new WorkflowError(libText("errors.youHaveAlreadyRatedThis"));
    throw e;
  }
}

export type RatingAggregate = {
  agency: string;
  activity: string;
  month: string;
  count: number;
  overall: number;
  timeliness: number;
  staff: number;
  ease: number;
};

/** Averages (one decimal) and counts by agency, activity and month, in the actor's agency (all for the ministry). */
export async function ratingAggregates(actor: Actor): Promise<RatingAggregate[]> {
  if (!can(actor.role, "dashboard.view")) throw new ForbiddenError();
  const db = await getDb();
  const rows = await db.$queryRaw<
    Array<{ agency: string; activity: string; month: string; n: number; o: number; t: number; s: number; e: number }>
  >`
    SELECT a.name AS agency, c.name AS activity, to_char(r."createdAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'MM/YYYY') AS month,
      count(*)::int AS n, round(avg(r.overall), 1)::float AS o, round(avg(r.timeliness), 1)::float AS t,
      round(avg(r.staff), 1)::float AS s, round(avg(r.ease), 1)::float AS e
    FROM "ServiceRating" r JOIN "Agency" a ON a.id = r."agencyId" JOIN "ActivityCategory" c ON c.id = r."activityCategoryId"
    WHERE ${actor.role === "MINISTRY_VIEWER" || !actor.agencyId ? true : false} OR r."agencyId" = ${actor.agencyId ?? ""}
    GROUP BY 1, 2, 3, date_trunc('month', r."createdAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')
    ORDER BY date_trunc('month', r."createdAt" AT TIME ZONE 'Asia/Ho_Chi_Minh') DESC, 1, 2`;
  // A handling officer knows whom they served: a cell of one or two ratings would tell who rated what.
  const hideSmall = actor.role !== "LEADER" && actor.role !== "ADMIN" && actor.role !== "MINISTRY_VIEWER";
  return rows
    .map((r) => ({
      agency: r.agency,
      activity: r.activity,
      month: r.month,
      count: Number(r.n),
      overall: Number(r.o),
      timeliness: Number(r.t),
      staff: Number(r.s),
      ease: Number(r.e),
    }))
    .filter((r) => !hideSmall || r.count >= SMALL_CELL);
}

/** Free-text comments for leaders and administrators: no rater, no dossier, only the month and the agency. */
export async function ratingComments(actor: Actor): Promise<Array<{ month: string; agency: string; comment: string }>> {
  if (actor.role !== "LEADER" && actor.role !== "ADMIN") throw new ForbiddenError();
  const db = await getDb();
  const rows = await db.serviceRating.findMany({
    where: { comment: { not: null }, ...(actor.agencyId ? { agencyId: actor.agencyId } : {}) },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { comment: true, createdAt: true, agencyId: true },
  });
  const names = new Map(
    (
      await db.agency.findMany({ where: { id: { in: rows.map((r) => r.agencyId) } }, select: { id: true, name: true } })
    ).map((a) => [a.id, a.name]),
  );
  return rows.map((r) => ({
    // The month in Vietnam time, as the averages count it.
    month: vnDay(r.createdAt).toISOString().slice(0, 7).split("-").reverse().join("/"),
    agency: names.get(r.agencyId) ?? "—",
    comment: r.comment!,
  }));
}
