import "server-only";
import { getDb } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { hitRateLimit } from "@/lib/applications/rate-limit";
import { lookupSchema } from "@/lib/applications/schemas";
import type { PublicLookup } from "@/lib/applications/dto";
import { libText } from "@/lib/i18n/lib-token";

/** At most 20 look-ups per 10 minutes per client: enough for a person, too slow to enumerate codes. */
export const LOOKUP_LIMIT = 20;
export const LOOKUP_WINDOW_MS = 10 * 60 * 1000;

/**
 * Public status of a dossier by its code, without login: status and dates only — no names, amounts or
 * reasons. Rate-limited per client key in the database.
 */
export async function lookupDossier(input: unknown, clientKey: string, now = new Date()): Promise<PublicLookup> {
  const { code } = parseOrThrow(lookupSchema, input);
  const db = await getDb();
  if (!(await hitRateLimit(db, `lookup:${clientKey}`, LOOKUP_LIMIT, LOOKUP_WINDOW_MS, now))) {
    throw new RateLimitError(libText("errors.youHaveLookedUpToo"));
  }
  const p = await db.proposal.findUnique({
    where: { code },
    select: {
      code: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      decidedAt: true,
      events: { orderBy: { createdAt: "asc" }, select: { toStatus: true, createdAt: true } },
    },
  });
  if (!p?.code) return { found: false };
  return {
    found: true,
    code: p.code,
    status: p.status,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    decidedAt: p.decidedAt?.toISOString() ?? null,
    steps: p.events.flatMap((e) => (e.toStatus ? [{ status: e.toStatus, at: e.createdAt.toISOString() }] : [])),
  };
}
