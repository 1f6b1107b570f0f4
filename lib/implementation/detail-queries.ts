import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { vnDay } from "@/lib/dates";
import { findProposalInScope } from "@/lib/proposals/scope";
import { availableActions } from "@/lib/proposals/workflow";
import { ledgerSums } from "@/lib/funding/ledger-sql";
import { checkAdvance } from "@/lib/funding/advance-check";
import { settleableSupport } from "@/lib/funding/settleable";
import { findDoubleFunding } from "@/lib/funding/double-funding";
import { assertCanViewImplementation } from "@/lib/implementation/access";
import { loadCalendar } from "@/lib/implementation/calendar-query";
import { dueFactsOf, dueItemsFor } from "@/lib/implementation/due-items";
import { suggestedIndicators } from "@/lib/implementation/acceptance-indicators";
import { DETAIL_SELECT, toDetailDto } from "@/lib/implementation/detail-dto";

/** Everything the money-and-progress page of one đề án shows; out of scope → NotFound. */
export async function getImplementationDetail(actor: Actor, proposalId: string) {
  assertCanViewImplementation(actor);
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, DETAIL_SELECT);
  const sums = await ledgerSums(db, p.id);
  const approved = p.approvedSupport ?? 0n;
  const advance = p.contract ? await checkAdvance(db, p, p.status, approved, sums.netPaid, 1n) : null;
  const settleable = await settleableSupport(db, p.id, approved);
  const internal = actor.role !== "ENTERPRISE";
  const doubleFunding = internal ? await findDoubleFunding(db, p.id) : [];
  const codes = suggestedIndicators(p.activityCategory.code, p.establishment !== null);
  const indicatorRows = internal
    ? await db.indicator.findMany({
        where: { OR: [{ code: { in: codes.map((c) => c.code) } }, { results: { some: { proposalId: p.id } } }] },
        select: { code: true, name: true, unit: true },
      })
    : [];
  const indicatorChoices = codes.flatMap((c) => {
    const i = indicatorRows.find((r) => r.code === c.code);
    return i ? [{ ...i, value: c.value }] : [];
  });
  const allIndicators = internal
    ? await db.indicator.findMany({
        where: { isMoney: false },
        select: { code: true, name: true, unit: true },
        orderBy: { position: "asc" },
      })
    : [];
  const cal = await loadCalendar(db);
  // The detail page reads no supplement request (its due items are the implementation's own).
  const due = dueItemsFor(dueFactsOf({ ...p, supplements: undefined }), vnDay(new Date()), cal);
  return {
    ...toDetailDto(p),
    actions: availableActions(p.status, actor.role, p.pipeline),
    sums: Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v.toString()])) as Record<
      keyof typeof sums,
      string
    >,
    advance: advance && {
      ok: advance.ok,
      available: advance.available.toString(),
      cap: advance.cap.toString(),
      reasons: advance.reasons,
      rule: advance.rule,
    },
    settleable: { amount: settleable.amount.toString(), volumeDoneBp: settleable.volumeDoneBp },
    doubleFunding,
    indicatorChoices,
    allIndicators,
    due,
  };
}

export type ImplementationDetail = Awaited<ReturnType<typeof getImplementationDetail>>;
