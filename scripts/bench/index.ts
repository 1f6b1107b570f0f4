// `npm run bench -- [--scale national|province] [--database-url …] [--dist .next-h7] [--only pages,dashboard,decisions,search,firstload,replica,upload,queue]`
// [--decisions 3000] [--decision-workers 50] [--decision-triggers off] (off: measures the share of the triggers a decision fires)
// Prints one line per figure: `metric <name> <value> <unit>`. Runs on the database made by data:generate.
import { existsSync } from "node:fs";
import { parseArgs, prismaFor } from "./db-setup";
import type { Actor } from "@/lib/auth/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { benchDashboard } from "./dashboard";
import { benchDecisions } from "./decisions";
import { benchSearch } from "./search";
import { benchFirstLoad } from "./first-load";
import { startServer } from "./server";
import { benchQueue } from "./queue";
import { metric } from "./stats";
import { benchUpload } from "./upload";
import { benchReplica } from "./replica";
import { benchPages } from "./pages";

async function actor(prisma: PrismaClient, email: string): Promise<Actor> {
  const u = await prisma.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      name: true,
      role: true,
      agencyId: true,
      establishmentId: true,
      agency: { select: { provinceId: true } },
    },
  });
  return {
    id: u.id,
    name: u.name,
    role: u.role,
    agencyId: u.agencyId,
    provinceId: u.agency?.provinceId ?? null,
    establishmentId: u.establishmentId,
    secondFactorAt: new Date(),
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { url, scale } = parseArgs(argv);
  const opt = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined);
  const only = new Set((opt("--only") ?? "dashboard,decisions,search,firstload").split(","));
  const dist = opt("--dist") ?? ".next-h7";
  // The job queue makes its own database (it needs no generated data): `--only queue` runs it alone.
  if (only.has("queue")) await benchQueue(argv);
  if (only.size === 1 && only.has("queue")) return;
  // Uploads make their own database too (kc_bench_upload) and go through a portal server of their own.
  if (only.has("upload")) {
    const s3 = {
      endpoint: opt("--s3-endpoint") ?? "http://127.0.0.1:4569",
      region: "us-east-1",
      bucket: opt("--s3-bucket") ?? "kc-test",
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      forcePathStyle: true,
    };
    await benchUpload(url, s3, {
      files: Number(opt("--files") ?? 200),
      concurrency: Number(opt("--upload-concurrency") ?? 8),
      legacy: Number(opt("--legacy-files") ?? 300),
      distDir: opt("--upload-dist") ?? ".next",
      port: Number(opt("--upload-port") ?? 3118),
    });
  }
  if ([...only].every((o) => o === "queue" || o === "upload")) return;
  metric("bench_scale", scale);
  const logged = prismaFor(url, 10, true);
  const prisma = prismaFor(url, 60);
  const counts = await prisma.$queryRawUnsafe<Array<{ p: bigint; e: bigint; r: bigint }>>(
    `SELECT (SELECT count(*) FROM "Proposal") p, (SELECT count(*) FROM "Establishment") e, (SELECT count(*) FROM "Result") r`,
  );
  metric("data_proposals", Number(counts[0]!.p), "rows");
  metric("data_establishments", Number(counts[0]!.e), "rows");
  metric("data_results", Number(counts[0]!.r), "rows");
  // The biggest province's leader, and the ministry viewer for the whole country.
  const biggest = scale === "national" ? "lanhdao.b01@bench.vn" : "lanhdao.b25@bench.vn";
  if (only.has("dashboard")) {
    await benchDashboard(logged, url, "province", await actor(prisma, biggest));
    await benchDashboard(logged, url, "country", await actor(prisma, "bo@demo.vn"));
  }
  // `--search-user chuyenvien.b25@bench.vn`: the same province's officer on both data sets (issue 21: a province's search
  // should not cost more because other provinces have data).
  if (only.has("search"))
    await benchSearch(prisma, await actor(prisma, opt("--search-user") ?? biggest.replace("lanhdao", "chuyenvien")));
  if (only.has("decisions"))
    await benchDecisions(prisma, {
      workers: Number(opt("--decision-workers") ?? 50),
      total: Number(opt("--decisions") ?? 3000),
      duplicateShare: 0.1,
      triggers: opt("--decision-triggers") !== "off",
    });
  if (only.has("replica")) {
    const replicaUrl = opt("--replica-url") ?? Object.assign(new URL(url), { port: "5433" }).toString();
    await benchReplica(prisma, url, replicaUrl, await actor(prisma, biggest), "province");
    await benchReplica(prisma, url, replicaUrl, await actor(prisma, "bo@demo.vn"), "country");
  }
  // Pages over HTTP against independent SQL (issue 21): the honest ratios.
  if (only.has("pages")) {
    await benchPages(url, {
      distDir: opt("--pages-dist") ?? ".next-bench",
      port: Number(opt("--pages-port") ?? 3119),
      rounds: Number(opt("--rounds") ?? 12),
      only: opt("--pages")?.split(","),
    });
  }
  if (only.has("firstload")) {
    if (!existsSync(`${dist}/BUILD_ID`))
      metric("first_load_js", "skipped", `(no build in ${dist}: NEXT_DIST_DIR=${dist} npx next build)`);
    else {
      const server = await startServer({ distDir: dist, port: Number(opt("--port") ?? 3117), databaseUrl: url });
      try {
        const worst = await benchFirstLoad(server.base, dist);
        metric("first_load_js_max", Math.round(worst.gzip / 102.4) / 10, "KB gzip");
        metric("first_load_js_max_brotli", Math.round(worst.brotli / 102.4) / 10, "KB brotli");
      } finally {
        await server.stop();
      }
    }
  }
  await Promise.all([logged.$disconnect(), prisma.$disconnect()]);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error("bench thất bại:", e);
    process.exit(1);
  },
);
