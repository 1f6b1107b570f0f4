import { z } from "@/lib/validation";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

// Queue filters live in the URL (?status=SUBMITTED&q=may+moc), so a view can be bookmarked and shared.
const STATUSES = Object.keys(STATUS_INFO) as [ProposalStatus, ...ProposalStatus[]];
const blank = (v: unknown) => (v === "" || v === undefined ? undefined : v);

export const queueFilterSchema = z.object({
  status: z.preprocess(blank, z.enum(STATUSES).optional()),
  activity: z.preprocess(blank, z.string().max(40).optional()),
  commune: z.preprocess(blank, z.string().max(40).optional()),
  fund: z.preprocess(blank, z.enum(["KCQG", "KCDP"]).optional()),
  year: z.preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional()),
  minScore: z.preprocess(blank, z.coerce.number().min(0).max(100).optional()),
  overdue: z.preprocess((v) => v === "1" || v === "true" || v === "on", z.boolean()),
  tag: z.preprocess(blank, z.string().max(40).optional()),
  q: z.preprocess(blank, z.string().max(200).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  /** "cho-tiep-nhan": dossiers waiting for intake, nearest intake deadline first; "tat-ca": every dossier. */
  xem: z.preprocess(blank, z.enum(["cho-tiep-nhan", "tat-ca"]).optional()),
});

export type QueueView = "cho-tiep-nhan" | "tat-ca";
const FILTER_KEYS = ["status", "activity", "commune", "fund", "year", "minScore", "overdue", "tag", "q"] as const;

export type QueueFilters = z.output<typeof queueFilterSchema>;

/**
 * Tolerant: a bad parameter is dropped rather than breaking the page. With no filter and no view asked for,
 * the view is `defaultView` — staff open the queue on what waits for their intake (issue 13.7), not on
 * every dossier since 2020.
 */
export function parseQueueFilters(
  params: Record<string, string | string[] | undefined>,
  defaultView: QueueView = "tat-ca",
): QueueFilters {
  const f = parseFilters(params);
  const filtered = FILTER_KEYS.some((k) => f[k] !== undefined && f[k] !== false);
  return f.xem || filtered ? f : { ...f, xem: defaultView };
}

function parseFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(params)) flat[k] = Array.isArray(v) ? v[0] : v;
  const full = queueFilterSchema.safeParse(flat);
  if (full.success) return full.data;
  const bad = new Set(full.error.issues.map((i) => String(i.path[0])));
  return queueFilterSchema.parse(Object.fromEntries(Object.entries(flat).filter(([k]) => !bad.has(k))));
}

export function filtersToQuery(f: Partial<Record<keyof QueueFilters, unknown>>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === null || v === false || v === "" || (k === "page" && v === 1)) continue;
    sp.set(k, v === true ? "1" : String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}
