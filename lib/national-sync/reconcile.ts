import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { assertCan, type Actor } from "@/lib/auth/actor";

// The reconciliation report (issue 20): what we recorded as sent, asked back from the other side by key, and what
// is still pending, failed or not configured.

export type Reconciliation = {
  configured: boolean;
  counts: Record<string, number>;
  checked: number;
  confirmed: number;
  missing: Array<{ eventId: string; proposalId: string; sentAt: Date | null }>;
  failures: Array<{ eventId: string; proposalId: string; status: string; attempts: number; lastError: string | null }>;
};

export async function reconcileNationalSync(
  actor: Actor,
  opts: { limit?: number; fetchImpl?: typeof fetch } = {},
): Promise<Reconciliation> {
  assertCan(actor, "outbox.view");
  const db = await getDb();
  const url = env().NATIONAL_PORTAL_URL;
  const grouped = await db.nationalSync.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all]));
  const failures = await db.nationalSync.findMany({
    where: { OR: [{ status: "FAILED" }, { status: "PENDING", attempts: { gt: 0 } }] },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { eventId: true, proposalId: true, status: true, attempts: true, lastError: true },
  });
  const sent = await db.nationalSync.findMany({
    where: { status: "SENT" },
    orderBy: { sentAt: "desc" },
    take: opts.limit ?? 200,
    select: { eventId: true, proposalId: true, sentAt: true },
  });
  const missing: Reconciliation["missing"] = [];
  let confirmed = 0;
  if (url) {
    const f = opts.fetchImpl ?? fetch;
    const token = env().NATIONAL_PORTAL_TOKEN;
    for (const s of sent) {
      const res = await f(`${url}/${encodeURIComponent(s.eventId)}`, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      }).catch(() => null);
      if (res?.ok) confirmed += 1;
      else missing.push(s);
    }
  }
  return { configured: Boolean(url), counts, checked: url ? sent.length : 0, confirmed, missing, failures };
}
