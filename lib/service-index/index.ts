import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { loadCalendar } from "@/lib/db/calendar";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { SMALL_CELL } from "@/lib/metrics/owner-groups";
import {
  SATISFIED_FROM,
  monthWindow,
  onTime,
  share,
  timelinessShare,
  vnMonth,
  workingDaysTaken,
  type Share,
} from "@/lib/metrics/service-index";
import { libText } from "@/lib/i18n/lib-token";

// The service index for leaders (issue 20, item 3): the groups of Decision 766/QĐ-TTg that the portal's own data can
// show, per agency and month — timeliness, online submission, digitised results, satisfaction — each drillable to the
// dossiers behind it and exportable. Definitions: lib/metrics/service-index.ts. Scope: the actor's province (every
// agency of it, one row each — never summed across agencies, whose time limits differ); the ministry sees every
// province's agencies. Illustrative (minh họa) dossiers are left out unless the viewer includes them.

/** The dossier's handling at the agency ends at its decision, or — for a national đề án — when sent to the ministry. */
const HANDLED = Prisma.raw(`('APPROVED','REJECTED','MINISTRY_APPRAISAL')`);
/** The decision on the dossier: its result document is what "digitised" looks for. */
const DECIDED = Prisma.raw(`('APPROVED','REJECTED')`);
const RESULT_DOC_KINDS = Prisma.raw(`('APPROVE','REJECT')`);

export type IndexGroup = "timeliness" | "online" | "digitised" | "satisfaction";
export const INDEX_GROUPS: readonly IndexGroup[] = ["timeliness", "online", "digitised", "satisfaction"];
/** URL names of the groups (`nhom=`). */
export const GROUP_SLUG: Record<IndexGroup, string> = {
  timeliness: "dung-han",
  online: "truc-tuyen",
  digitised: "so-hoa",
  satisfaction: "hai-long",
};
export function groupFromSlug(v: unknown): IndexGroup | null {
  return INDEX_GROUPS.find((g) => GROUP_SLUG[g] === v) ?? null;
}

export type AgencyLimit = {
  id: string;
  name: string;
  limit: number | null;
  basis: string | null;
  illustrative: boolean;
};

export type IndexRow = {
  agency: AgencyLimit;
  month: string;
  /** Null: the agency has not declared its handling time limit. */
  timeliness: Share | null;
  online: Share;
  digitised: Share;
  /** Null when hidden: fewer than SMALL_CELL ratings shown to a handling officer would tell who rated. */
  satisfaction: (Share & { average: number | null }) | null;
};

export type IndexOptions = { months: readonly string[]; illustrative: boolean; agencyId?: string };

type ScopeSql = { where: Prisma.Sql; agencies: AgencyLimit[] };

async function scopeOf(actor: Actor, agencyId?: string): Promise<ScopeSql> {
  assertCan(actor, "dashboard.view");
  const db = await getDb();
  const national = actor.role === "MINISTRY_VIEWER";
  const rows = await db.agency.findMany({
    where: {
      ...(national ? {} : actor.provinceId ? { provinceId: actor.provinceId } : { id: actor.agencyId ?? "__none__" }),
      ...(agencyId ? { id: agencyId } : {}),
    },
    select: {
      id: true,
      name: true,
      handlingWorkingDays: true,
      handlingBasis: true,
      handlingIllustrative: true,
    },
    orderBy: { name: "asc" },
  });
  if (agencyId && rows.length === 0) throw new NotFoundError(libText("errors.thisAgencyIsNotWithin"));
  const agencies = rows.map((a) => ({
    id: a.id,
    name: a.name,
    limit: a.handlingWorkingDays,
    basis: a.handlingBasis,
    illustrative: a.handlingIllustrative,
  }));
  const where =
    national && !agencyId
      ? Prisma.empty
      : Prisma.sql`AND p."agencyId" IN (${Prisma.join(agencies.length ? agencies.map((a) => a.id) : ["__none__"])})`;
  return { where, agencies };
}

type HandledRow = {
  id: string;
  code: string | null;
  title: string;
  agencyId: string;
  fictional: boolean;
  status: string;
  resultAt: Date;
  startAt: Date | null;
};
type DecidedRow = HandledRow & { digitised: boolean };
type SubmittedRow = {
  id: string;
  code: string | null;
  title: string;
  agencyId: string;
  fictional: boolean;
  submittedAt: Date;
  online: boolean;
};

function illustrativeSql(include: boolean): Prisma.Sql {
  return include ? Prisma.empty : Prisma.sql`AND p.fictional = false`;
}

/** The first event of each dossier into one of `statuses`, when it falls in [from, to). */
async function firstEvents(
  statuses: Prisma.Sql,
  from: Date,
  to: Date,
  scope: Prisma.Sql,
  illustrative: boolean,
  withDocument: boolean,
): Promise<DecidedRow[]> {
  const db = await getDb();
  const doc = withDocument
    ? Prisma.sql`EXISTS (SELECT 1 FROM "IssuedDocument" d WHERE d."proposalId" = e."proposalId" AND d.kind IN ${RESULT_DOC_KINDS})`
    : Prisma.sql`false`;
  return db.$queryRaw<DecidedRow[]>`
    SELECT p.id, p.code, p.title, p."agencyId", p.fictional, e."toStatus"::text AS status, e."createdAt" AS "resultAt",
      (SELECT max(s."createdAt") FROM "ProposalEvent" s
        WHERE s."proposalId" = e."proposalId" AND s."toStatus" IN ('SUBMITTED', 'RESUBMITTED')
          AND s."createdAt" <= e."createdAt") AS "startAt",
      ${doc} AS digitised
    FROM "ProposalEvent" e JOIN "Proposal" p ON p.id = e."proposalId"
    WHERE e."toStatus" IN ${statuses} AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
      AND NOT EXISTS (SELECT 1 FROM "ProposalEvent" x WHERE x."proposalId" = e."proposalId"
        AND x."toStatus" IN ${statuses} AND x."createdAt" < e."createdAt")
      ${scope} ${illustrativeSql(illustrative)}
    ORDER BY e."createdAt", p.id`;
}

async function firstSubmissions(
  from: Date,
  to: Date,
  scope: Prisma.Sql,
  illustrative: boolean,
): Promise<SubmittedRow[]> {
  const db = await getDb();
  // A dossier filed at the desk carries the applicant's name as "on behalf of" on its submission event.
  return db.$queryRaw<SubmittedRow[]>`
    SELECT p.id, p.code, p.title, p."agencyId", p.fictional, e."createdAt" AS "submittedAt",
      (e."onBehalfOfName" IS NULL) AS online
    FROM "ProposalEvent" e JOIN "Proposal" p ON p.id = e."proposalId"
    WHERE e."toStatus" = 'SUBMITTED' AND e."createdAt" >= ${from} AND e."createdAt" < ${to}
      AND NOT EXISTS (SELECT 1 FROM "ProposalEvent" x WHERE x."proposalId" = e."proposalId"
        AND x."toStatus" = 'SUBMITTED' AND x."createdAt" < e."createdAt")
      ${scope} ${illustrativeSql(illustrative)}
    ORDER BY e."createdAt", p.id`;
}

type RatingRow = { agencyId: string; createdAt: Date; overall: number; fictional: boolean };

async function ratingsIn(from: Date, to: Date, scope: Prisma.Sql, illustrative: boolean): Promise<RatingRow[]> {
  const db = await getDb();
  return db.$queryRaw<RatingRow[]>`
    SELECT r."agencyId", r."createdAt", r.overall, p.fictional
    FROM "ServiceRating" r JOIN "Proposal" p ON p.id = r."proposalId"
    WHERE r."createdAt" >= ${from} AND r."createdAt" < ${to} ${scope} ${illustrativeSql(illustrative)}`;
}

const seesSmallCells = (actor: Actor) =>
  actor.role === "LEADER" || actor.role === "ADMIN" || actor.role === "MINISTRY_VIEWER";

export type ServiceIndex = {
  rows: IndexRow[];
  /** Any illustrative dossier or demo time limit behind a figure shown: the page says "minh họa". */
  illustrative: boolean;
};

/** One row per agency in scope and month (oldest month first), for the months given. */
export async function serviceIndex(actor: Actor, opts: IndexOptions): Promise<ServiceIndex> {
  const scope = await scopeOf(actor, opts.agencyId);
  const months = [...opts.months].sort();
  if (months.length === 0) return { rows: [], illustrative: false };
  const from = monthWindow(months[0]!).from;
  const to = monthWindow(months[months.length - 1]!).to;
  const db = await getDb();
  const [handled, decided, submitted, ratings, cal] = await Promise.all([
    firstEvents(HANDLED, from, to, scope.where, opts.illustrative, false),
    firstEvents(DECIDED, from, to, scope.where, opts.illustrative, true),
    firstSubmissions(from, to, scope.where, opts.illustrative),
    ratingsIn(from, to, scope.where, opts.illustrative),
    loadCalendar(db),
  ]);
  const key = (agencyId: string, at: Date) => `${agencyId}|${vnMonth(at)}`;
  const bucket = <T>(list: T[], f: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of list) {
      const k = f(x);
      const arr = m.get(k);
      if (arr) arr.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const byHandled = bucket(handled, (r) => key(r.agencyId, r.resultAt));
  const byDecided = bucket(decided, (r) => key(r.agencyId, r.resultAt));
  const bySubmitted = bucket(submitted, (r) => key(r.agencyId, r.submittedAt));
  const byRating = bucket(ratings, (r) => key(r.agencyId, r.createdAt));
  const rows: IndexRow[] = [];
  let illustrative = false;
  for (const month of months) {
    for (const a of scope.agencies) {
      const k = `${a.id}|${month}`;
      const h = byHandled.get(k) ?? [];
      const d = byDecided.get(k) ?? [];
      const s = bySubmitted.get(k) ?? [];
      const r = byRating.get(k) ?? [];
      // One month across agencies: only agencies with something to show. A history (several months of one agency):
      // every month, an empty one included.
      if (!h.length && !d.length && !s.length && !r.length && months.length === 1) continue;
      const satisfied = r.filter((x) => Number(x.overall) >= SATISFIED_FROM).length;
      const average = r.length ? Math.round((r.reduce((t, x) => t + Number(x.overall), 0) / r.length) * 10) / 10 : null;
      const hide = !seesSmallCells(actor) && r.length > 0 && r.length < SMALL_CELL;
      if ([...h, ...d, ...s].some((x) => x.fictional) || r.some((x) => x.fictional)) illustrative = true;
      if (a.illustrative && h.length) illustrative = true;
      rows.push({
        agency: a,
        month,
        timeliness: timelinessShare(h, a.limit, cal),
        online: share(s.filter((x) => x.online).length, s.length),
        digitised: share(d.filter((x) => x.digitised).length, d.length),
        satisfaction: hide ? null : { ...share(satisfied, r.length), average },
      });
    }
  }
  return { rows, illustrative };
}

export type DossierLine = {
  id: string;
  code: string | null;
  title: string;
  fictional: boolean;
  /** When it counts in the group: the result (timeliness, digitised) or the first submission (online). */
  at: Date;
  /** Timeliness: the (re)submission the count starts from, the working days taken, and whether on time. */
  startAt?: Date | null;
  taken?: number | null;
  ok: boolean | null;
  status?: string;
};

export type DossierList = {
  agency: AgencyLimit;
  month: string;
  group: Exclude<IndexGroup, "satisfaction">;
  lines: DossierLine[];
  total: number;
  /** Lines shown on the page are capped; the Excel export has them all. */
  truncated: boolean;
};

export const DRILL_PAGE_LIMIT = 200;

/** The dossiers behind one figure: those not counted in the numerator first, then by date. */
export async function serviceIndexDossiers(
  actor: Actor,
  opts: {
    agencyId: string;
    month: string;
    group: Exclude<IndexGroup, "satisfaction">;
    illustrative: boolean;
    limit?: number;
  },
): Promise<DossierList> {
  const scope = await scopeOf(actor, opts.agencyId);
  const agency = scope.agencies[0]!;
  const { from, to } = monthWindow(opts.month);
  let lines: DossierLine[];
  if (opts.group === "online") {
    const rows = await firstSubmissions(from, to, scope.where, opts.illustrative);
    lines = rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      fictional: r.fictional,
      at: r.submittedAt,
      ok: r.online,
    }));
  } else if (opts.group === "digitised") {
    const rows = await firstEvents(DECIDED, from, to, scope.where, opts.illustrative, true);
    lines = rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      fictional: r.fictional,
      at: r.resultAt,
      ok: r.digitised,
      status: r.status,
    }));
  } else {
    const db = await getDb();
    const [rows, cal] = await Promise.all([
      firstEvents(HANDLED, from, to, scope.where, opts.illustrative, false),
      loadCalendar(db),
    ]);
    lines = rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      fictional: r.fictional,
      at: r.resultAt,
      startAt: r.startAt,
      taken: workingDaysTaken(r, cal),
      ok: onTime(r, agency.limit, cal),
      status: r.status,
    }));
  }
  // Not counted first (late, at the desk, on paper), then unknown, then counted.
  const rank = (l: DossierLine) => (l.ok === false ? 0 : l.ok === null ? 1 : 2);
  lines.sort((a, b) => rank(a) - rank(b) || a.at.getTime() - b.at.getTime());
  const limit = opts.limit ?? DRILL_PAGE_LIMIT;
  return {
    agency,
    month: opts.month,
    group: opts.group,
    lines: lines.slice(0, limit),
    total: lines.length,
    truncated: lines.length > limit,
  };
}

/** Satisfaction cannot be drilled to dossiers (that would name the raters): the spread of overall scores instead. */
export async function satisfactionSpread(
  actor: Actor,
  opts: { agencyId: string; month: string; illustrative: boolean },
): Promise<{ agency: AgencyLimit; month: string; counts: number[]; hidden: boolean }> {
  const scope = await scopeOf(actor, opts.agencyId);
  const { from, to } = monthWindow(opts.month);
  const rows = await ratingsIn(from, to, scope.where, opts.illustrative);
  const counts = [0, 0, 0, 0, 0];
  for (const r of rows) counts[Number(r.overall) - 1]!++;
  return {
    agency: scope.agencies[0]!,
    month: opts.month,
    counts,
    hidden: !seesSmallCells(actor) && rows.length > 0 && rows.length < SMALL_CELL,
  };
}
