// `npm run bench -- --only queue [--queue-url postgresql://postgres@127.0.0.1:5432/kc_bench_queue] [--messages 10000]`
// The job queue on its own fresh PostgreSQL database (migrated, demo foundation seeded):
//  1. throughput: N SMS deliveries enqueued (rows + outbox jobs, 500 per transaction), relayed into pg-boss and delivered by
//     the real workers through the SMS adapter to a local stub gateway (127.0.0.1:3284) answering eSMS's
//     success body; every message must arrive exactly once;
//  2. what the enqueue adds to a decision: approvals by one signer through the real mutation, alternating
//     blocks with and without the queue job in the decision's statement (same code otherwise).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgPoolConfig, setDbForTesting } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { approveProposal } from "@/lib/decisions/mutations";
import { smsAdapter } from "@/lib/channels/sms";
import { enqueueMany } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorkers, type Workers } from "@/lib/workers/start";
import { setDecisionJobsForBenchmark } from "@/lib/notifications/fanout";
import { TRIEU } from "@/lib/money";
import { seedFoundation } from "@/prisma/seed/foundation";
import { startStubGateways } from "@/tests/helpers/stub-gateways";
import { freshMigratedDatabase } from "./db-setup";
import { median, metric, percentile } from "./stats";

async function throughput(prisma: PrismaClient, url: string, messages: number): Promise<void> {
  const gw = await startStubGateways(3284);
  // 1,000 consenting applicants (10 messages each: the daily cap is per person, as in real traffic).
  const people = Math.min(1000, messages);
  await prisma.user.createMany({
    data: Array.from({ length: people }, (_, i) => ({
      email: `qb${i}@bench.vn`,
      phone: `09${String(10_000_000 + i).slice(-8)}`,
      passwordHash: "x",
      name: `Cơ sở ${i}`,
      role: "ENTERPRISE" as const,
    })),
  });
  const users = await prisma.user.findMany({
    where: { email: { endsWith: "@bench.vn", startsWith: "qb" } },
    select: { id: true, phone: true },
  });
  await prisma.notificationPreference.createMany({
    data: users.map((u) => ({
      userId: u.id,
      channels: ["SMS" as const],
      consentVersion: "bench",
      consentAt: new Date(),
    })),
  });
  const t0 = performance.now();
  for (let i = 0; i < messages; i += 500) {
    await prisma.$transaction(
      async (tx) => {
        const rows = await tx.notificationDelivery.createManyAndReturn({
          data: Array.from({ length: Math.min(500, messages - i) }, (_, k) => {
            const u = users[(i + k) % users.length]!;
            return {
              key: `bench:${i + k}:${u.id}:SMS`,
              userId: u.id,
              channel: "SMS" as const,
              to: u.phone ?? "",
              kind: "bench",
              subject: "bench",
              text: `KhuyenCong: tin do tai ${i + k}`,
            };
          }),
          select: { id: true },
        });
        await enqueueMany(
          tx,
          QUEUES.delivery,
          rows.map((r) => ({ id: r.id })),
        );
      },
      { timeout: 60_000 },
    );
  }
  const enqueueMs = performance.now() - t0;
  metric("queue_enqueue_rate", Math.round(messages / (enqueueMs / 1000)), "msg/s");
  // No quiet hours; the cap above the 10 a person gets: the figure is the queue's, not the policy's.
  const t1 = performance.now();
  const workers = (await startWorkers({
    target: { connectionString: url },
    schedule: false,
    pollingIntervalSeconds: 0.5,
    batchSize: 100,
    policy: { quiet: null, dailyCap: Math.ceil(messages / people) + 1 },
    adapters: { SMS: smsAdapter({ url: gw.smsUrl, apiKey: "k", secretKey: "s", brandname: "BENCH" }) },
  })) as Workers;
  for (;;) {
    const sent = await prisma.notificationDelivery.count({ where: { status: "SENT" } });
    if (sent >= messages) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const deliverMs = performance.now() - t1;
  await workers.stop();
  await gw.close();
  metric("queue_delivered_rate", Math.round(messages / (deliverMs / 1000)), "msg/s");
  metric("queue_delivered_total", gw.sms.length, `requests for ${messages} messages`);
  metric(
    "queue_duplicates",
    gw.sms.length - new Set(gw.sms.map((r) => (r.body as { RequestId: string }).RequestId)).size,
    "",
  );
}

async function decisionOverhead(prisma: PrismaClient, rounds: number): Promise<void> {
  const agency = await prisma.agency.findUniqueOrThrow({ where: { code: "000.00.20.H45" }, select: { id: true } });
  const est = await prisma.establishment.findFirstOrThrow({
    where: { users: { some: { role: "ENTERPRISE" } } },
    select: { id: true, communeId: true },
  });
  const activity = await prisma.activityCategory.findFirstOrThrow({
    where: { code: "UNG_DUNG_MAY_MOC", validTo: null },
    select: { id: true },
  });
  const key = { agencyId: agency.id, year: 2026, fund: "KCDP" as const };
  await prisma.budgetEnvelope.upsert({
    where: { agencyId_year_fund: key },
    create: { ...key, amount: 10n ** 15n },
    update: { amount: 10n ** 15n },
  });
  const leader = await prisma.user.findUniqueOrThrow({
    where: { email: "lanhdao@demo.vn" },
    select: {
      id: true,
      name: true,
      role: true,
      agencyId: true,
      establishmentId: true,
      agency: { select: { provinceId: true } },
    },
  });
  const actor: Actor = {
    id: leader.id,
    name: leader.name,
    role: leader.role,
    agencyId: leader.agencyId,
    provinceId: leader.agency?.provinceId ?? null,
    establishmentId: leader.establishmentId,
    secondFactorAt: new Date(),
  };
  const users = await prisma.user.findMany({
    where: { establishmentId: est.id, role: "ENTERPRISE" },
    select: { id: true },
  });
  let n = 0;
  const makeProposals = async (count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++, n++) {
      const p = await prisma.proposal.create({
        data: {
          code: `QB-${n}`,
          title: `Đề án đo tải ${n}`,
          activityCategoryId: activity.id,
          establishmentId: est.id,
          agencyId: agency.id,
          communeId: est.communeId,
          year: 2026,
          fund: "KCDP",
          pipeline: "LOCAL",
          status: "RECOMMENDED",
          totalCost: 200n * TRIEU,
          requestedSupport: 100n * TRIEU,
          counterpart: 100n * TRIEU,
          attestCounterpart: true,
          attestNoDoubleFunding: true,
          submittedAt: new Date(),
          searchText: `de an do tai ${n}`,
        },
        select: { id: true },
      });
      ids.push(p.id);
    }
    return ids;
  };
  // Two cases: the applicant chose SMS with consent (the decision writes the queue job), and the default
  // e-mail-only applicant (the decision reads that with the recipients and writes no job).
  for (const sms of [true, false]) {
    for (const u of users) {
      await prisma.notificationPreference.upsert({
        where: { userId: u.id },
        create: {
          userId: u.id,
          channels: sms ? ["EMAIL", "SMS"] : ["EMAIL"],
          consentAt: sms ? new Date() : null,
          consentVersion: sms ? "bench" : null,
        },
        update: {
          channels: sms ? ["EMAIL", "SMS"] : ["EMAIL"],
          consentAt: sms ? new Date() : null,
          consentVersion: sms ? "bench" : null,
        },
      });
    }
    const ids = await makeProposals(rounds * 2);
    const times = { with: [] as number[], without: [] as number[] };
    // Alternating blocks of 25 cancel the machine's drift; the first block of each side warms up.
    for (let b = 0; b < (rounds * 2) / 25; b++) {
      const withJob = b % 2 === 0;
      setDecisionJobsForBenchmark(withJob);
      for (const id of ids.slice(b * 25, b * 25 + 25)) {
        const t = performance.now();
        await approveProposal(actor, { proposalId: id, reason: "Đo tải." });
        if (b >= 2) times[withJob ? "with" : "without"].push(performance.now() - t);
      }
    }
    setDecisionJobsForBenchmark(true);
    const m = { with: median(times.with), without: median(times.without) };
    const tag = sms ? "sms_applicant" : "email_only_applicant";
    metric(`decision_latency_p50_without_enqueue_${tag}`, m.without, "ms");
    metric(`decision_latency_p50_with_enqueue_${tag}`, m.with, "ms");
    metric(`decision_latency_p95_with_enqueue_${tag}`, percentile(times.with, 95), "ms");
    metric(`decision_enqueue_overhead_${tag}`, (m.with / m.without - 1) * 100, "%");
  }
}

export async function benchQueue(argv: string[]): Promise<void> {
  const opt = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined);
  const url = opt("--queue-url") ?? "postgresql://postgres@127.0.0.1:5432/kc_bench_queue";
  if (!["127.0.0.1", "localhost"].includes(new URL(url).hostname))
    throw new Error("Chỉ chạy trên máy này (127.0.0.1).");
  console.log(`queue bench database: ${await freshMigratedDatabase(url)}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url, 10)) });
  setDbForTesting(prisma); // the mutations and the workers' handlers use this database
  try {
    await seedFoundation(prisma);
    await throughput(prisma, url, Number(opt("--messages") ?? 10_000));
    await decisionOverhead(prisma, Number(opt("--decision-rounds") ?? 200));
  } finally {
    setDbForTesting(undefined);
    await prisma.$disconnect();
  }
}
