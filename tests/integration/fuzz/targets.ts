// Arbitrary input into every mutation (its zod schema + the mutation): the only acceptable failures are
// expected AppErrors (validation, workflow, conflict, not found, forbidden), and a failure writes nothing.
import fc from "fast-check";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { isExpectedError } from "@/lib/errors";
import { approveProposal, rejectProposal, returnProposal } from "@/lib/decisions/mutations";
import { postMessage } from "@/lib/messages/mutations";
import { signContract } from "@/lib/funding/mutations";
import { createOwnEstablishment, registerAccount, registerAssisted } from "@/lib/establishments/mutations";
import { saveDraft } from "@/lib/applications/drafts";
import { createResultEntry } from "@/lib/results/mutations";
import { addRulePeriod } from "@/lib/rules/mutations";
import { createPlan, setEnvelope } from "@/lib/plans/mutations";
import { anonymizeEstablishment } from "@/lib/privacy/mutations";

export type FuzzCtx = { db: PrismaClient; actors: Record<Role, Actor>; ids: string[] };
export type FuzzTarget = {
  name: string;
  role: Role;
  input: fc.Arbitrary<unknown>;
  run: (ctx: FuzzCtx, actor: Actor, input: unknown) => Promise<unknown>;
};

/** Strings that break naive parsers: Vietnamese text, money spellings, dates, SQL/HTML, huge and odd unicode. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "12,5 triệu",
    "1.000.000.000.000.000.000 đồng",
    "31/02/2026",
    "2026-13-01",
    "2099-12-31",
    "01/01/1900",
    '\'; DROP TABLE "Proposal"; --',
    "<script>alert(1)</script>",
    "\u0000",
    "𝒱𝒾ệ𝓉",
    "a".repeat(5000),
    "Nguyễn Văn A",
    "0912 345 678",
    "doanhnghiep@demo.vn",
    "MACHINERY",
    "KCDP",
    "on",
    "true",
  ),
);
const value = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(nasty, { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const idOf = (ctx: () => FuzzCtx) =>
  fc.oneof(
    nasty,
    fc.nat().map((i) => ctx().ids[i % Math.max(1, ctx().ids.length)] ?? "x"),
  );

/** A record with the expected keys (each arbitrary, sometimes missing) plus stray keys. */
function shaped(keys: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record(keys, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string(), value) },
    { weight: 1, arbitrary: value },
  );
}

export function targets(ctx: () => FuzzCtx): FuzzTarget[] {
  const pid = idOf(ctx);
  return [
    {
      name: "decisions.approveProposal",
      role: "LEADER",
      input: shaped({ proposalId: pid, reason: nasty, approvedSupport: nasty, delegationId: nasty }),
      run: (_c, a, i) => approveProposal(a, i as never),
    },
    {
      name: "decisions.rejectProposal",
      role: "LEADER",
      input: shaped({ proposalId: pid, reason: nasty, delegationId: nasty }),
      run: (_c, a, i) => rejectProposal(a, i as never),
    },
    {
      name: "decisions.returnProposal",
      role: "STAFF",
      input: shaped({ proposalId: pid, reason: nasty, items: nasty, deadline: nasty }),
      run: (_c, a, i) => returnProposal(a, i as never),
    },
    {
      name: "messages.postMessage",
      role: "ENTERPRISE",
      input: shaped({ proposalId: pid, body: nasty, internal: value }),
      run: (_c, a, i) => postMessage(a, i as never),
    },
    {
      name: "funding.signContract",
      role: "STAFF",
      input: fc.tuple(pid, shaped({ signedAt: nasty, partyA: nasty, partyB: nasty })),
      run: (_c, a, i) => signContract(a, (i as [string, unknown])[0], (i as [string, unknown])[1]),
    },
    {
      name: "establishments.registerAccount",
      role: "ENTERPRISE",
      input: shaped({ identifier: nasty, password: nasty, name: nasty, confirm: nasty, accept: value }),
      run: (_c, _a, i) => registerAccount(i),
    },
    {
      name: "establishments.createOwnEstablishment",
      role: "ENTERPRISE",
      input: shaped({
        name: nasty,
        kind: nasty,
        taxCode: nasty,
        communeId: nasty,
        industry: nasty,
        workforce: value,
        representative: nasty,
        phone: nasty,
      }),
      run: (_c, a, i) => createOwnEstablishment(a, i),
    },
    {
      name: "establishments.registerAssisted",
      role: "STAFF",
      input: shaped({
        name: nasty,
        kind: nasty,
        taxCode: nasty,
        communeId: nasty,
        industry: nasty,
        workforce: value,
        consent: value,
      }),
      run: (_c, a, i) => registerAssisted(a, i),
    },
    {
      name: "applications.saveDraft",
      role: "ENTERPRISE",
      input: shaped({
        proposalId: fc.oneof(fc.constant(null), pid),
        establishmentId: fc.constant(null),
        data: shaped({
          title: nasty,
          activityCategoryId: nasty,
          communeId: nasty,
          startDate: nasty,
          endDate: nasty,
          lines: fc.array(
            shaped({ item: nasty, costKind: nasty, quantity: nasty, unitPrice: nasty, requestedSupport: nasty }),
            { maxLength: 3 },
          ),
        }),
      }),
      run: (_c, a, i) => saveDraft(a, i),
    },
    {
      name: "results.createResultEntry",
      role: "STAFF",
      input: shaped({ indicatorId: nasty, year: value, value: nasty, communeId: nasty, evidence: nasty, fund: nasty }),
      run: (_c, a, i) => createResultEntry(a, i),
    },
    {
      name: "rules.addRulePeriod",
      role: "ADMIN",
      input: shaped({
        code: nasty,
        validFrom: nasty,
        maxAmount: nasty,
        maxPercent: nasty,
        legalBasisId: nasty,
        article: nasty,
      }),
      run: (_c, a, i) => addRulePeriod(a, i),
    },
    {
      name: "plans.setEnvelope",
      role: "LEADER",
      input: shaped({ year: value, fund: nasty, amount: nasty, source: nasty }),
      run: (_c, a, i) => setEnvelope(a, i as Record<string, unknown>),
    },
    {
      name: "plans.createPlan",
      role: "LEADER",
      input: shaped({ year: value, fund: nasty, name: nasty }),
      run: (_c, a, i) => createPlan(a, i as Record<string, unknown>),
    },
    {
      name: "privacy.anonymizeEstablishment",
      role: "ADMIN",
      input: shaped({ establishmentId: nasty, reason: nasty, confirm: value }),
      run: (_c, a, i) => anonymizeEstablishment(a, i as never),
    },
  ];
}

const COUNTED = [
  "Proposal",
  "BudgetLine",
  "ProposalEvent",
  "Decision",
  "Message",
  "Contract",
  "Establishment",
  "User",
  "Result",
  "SupportRule",
  "BudgetEnvelope",
  "AnnualPlan",
  "DeletionLog",
  "AuditLog",
  "Notification",
  "OutboxEmail",
  "SequenceCounter",
];

export async function rowCounts(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRawUnsafe<Array<Record<string, bigint>>>(
    `SELECT ${COUNTED.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`,
  );
  return JSON.stringify(rows[0], (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v));
}

/** The property: resolves, or fails with an expected error and writes nothing. */
export function property(ctx: () => FuzzCtx, t: FuzzTarget) {
  return fc.asyncProperty(t.input, async (input) => {
    const c = ctx();
    const before = await rowCounts(c.db);
    try {
      await t.run(c, c.actors[t.role], input);
    } catch (e) {
      if (!isExpectedError(e)) throw new Error(`${t.name}: unexpected ${e instanceof Error ? e.stack : String(e)}`);
      const after = await rowCounts(c.db);
      if (after !== before) throw new Error(`${t.name}: partial write after ${e.name}: ${before} → ${after}`);
    }
  });
}
