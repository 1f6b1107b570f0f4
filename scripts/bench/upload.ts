// `--only upload`: 1 MB attachments over HTTP through the running portal's upload route (authorization, content sniffing, ClamAV
// INSTREAM when clamd answers, S3 put into s3rver, Document row + audit in one transaction), N at a time; then
// the primary's size with attachments as bytea before and after `files:migrate` moved them to the store.
// Runs in its own database (kc_bench_upload), so the national data set is left as it is.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { resetEnvForTesting } from "@/lib/env";
import { setStoreForTesting } from "@/lib/storage";
import { s3Store, type S3Settings } from "@/lib/storage/s3";
import { migrateDatabaseFiles } from "@/lib/storage/migrate";
import { saveDraft } from "@/lib/applications/drafts";
import { seedFoundation } from "@/prisma/seed/foundation";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { freshMigratedDatabase, prismaFor } from "./db-setup";
import { metric, percentile } from "./stats";
import { startServer } from "./server";
import { signInCookie } from "./auth-client";

const MB = 1024 * 1024;
const pdf1mb = () =>
  new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(MB - 20), Buffer.from("\n%%EOF\n")]));

async function draft(db: PrismaClient, actor: Actor): Promise<string> {
  const activity = await db.activityCategory.findFirstOrThrow({
    where: { code: "UNG_DUNG_MAY_MOC", validTo: null },
    select: { id: true },
  });
  const est = await db.establishment.findUniqueOrThrow({
    where: { id: actor.establishmentId ?? "" },
    select: { communeId: true },
  });
  const { proposalId } = await saveDraft(actor, {
    proposalId: null,
    establishmentId: null,
    data: {
      activityCategoryId: activity.id,
      title: "Đề án thử tải tệp",
      objectives: "Đo thông lượng tải tệp đính kèm.",
      communeId: est.communeId ?? "",
      location: "Xưởng",
      startDate: "2027-03-01",
      endDate: "2027-10-31",
      lines: [],
      attestCounterpart: true,
      attestNoDoubleFunding: true,
    },
  });
  return proposalId;
}

async function sizes(url: string): Promise<{ db: number; docs: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ d: string; t: string }>(
      `SELECT pg_database_size(current_database()) d, pg_total_relation_size('"Document"') t`,
    );
    return { db: Number(r.rows[0]!.d), docs: Number(r.rows[0]!.t) };
  } finally {
    await c.end();
  }
}

export async function benchUpload(
  baseUrl: string,
  s3: S3Settings,
  opts: { files: number; concurrency: number; legacy: number; distDir: string; port: number },
): Promise<void> {
  const url = new URL(baseUrl);
  url.pathname = "/kc_bench_upload";
  await freshMigratedDatabase(url.toString());
  const db = prismaFor(url.toString(), 30);
  setDbForTesting(db);
  await seedFoundation(db);
  await seedEnterprise(db);
  const store = s3Store(s3);
  setStoreForTesting(store);
  process.env.CLAMAV_HOST ??= "127.0.0.1";
  resetEnvForTesting();
  const u = await db.user.findUniqueOrThrow({
    where: { email: "doanhnghiep@demo.vn" },
    select: { id: true, name: true, role: true, agencyId: true, establishmentId: true },
  });
  const actor: Actor = { ...u, provinceId: null };
  // 30 attachments per dossier at most (lib/applications/documents.ts): one draft per 25 uploads.
  const drafts: string[] = [];
  for (let i = 0; i < Math.ceil(opts.files / 25); i++) drafts.push(await draft(db, actor));
  // Over HTTP: the built portal (scripts/server.ts, as `npm start`) with the S3 store and ClamAV configured,
  // signed in as the applicant; each file is a multipart POST /api/tep (authorization, sniffing, scan, S3 put,
  // Document row + audit), N at a time.
  const server = await startServer({
    distDir: opts.distDir,
    port: opts.port,
    databaseUrl: url.toString(),
    env: {
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: s3.endpoint ?? "",
      S3_REGION: s3.region,
      S3_BUCKET: s3.bucket,
      S3_ACCESS_KEY_ID: s3.accessKeyId ?? "",
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey ?? "",
      S3_FORCE_PATH_STYLE: "true",
      CLAMAV_HOST: process.env.CLAMAV_HOST ?? "127.0.0.1",
      JOBS_WORKERS: "off",
    },
  });
  const lat: number[] = [];
  const statuses = new Map<string, number>();
  let secs = 0;
  try {
    const cookie = await signInCookie(server.base, "doanhnghiep@demo.vn");
    const files = Array.from({ length: opts.files }, pdf1mb);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        for (let i = next++; i < files.length; i = next++) {
          const form = new FormData();
          form.set("proposalId", drafts[Math.floor(i / 25)]!);
          form.set("kind", "OTHER");
          form.set("file", new Blob([files[i]!], { type: "application/pdf" }), `tep-${i}.pdf`);
          const t = performance.now();
          const r = await fetch(`${server.base}/api/tep`, { method: "POST", body: form, headers: { cookie } });
          const body = (await r.json().catch(() => ({}))) as { scanStatus?: string };
          lat.push(performance.now() - t);
          const key = r.status === 201 ? (body.scanStatus ?? "?") : `HTTP${r.status}`;
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      }),
    );
    secs = (performance.now() - t0) / 1000;
  } finally {
    await server.stop();
  }
  metric(
    "upload_1mb_files_per_s_http",
    opts.files / secs,
    `files/s over HTTP (${opts.files} files, ${opts.concurrency} at a time; outcomes ${[...statuses].map(([k, v]) => `${k}=${v}`).join(" ")})`,
  );
  metric("upload_1mb_p95_ms_http", percentile(lat, 95), "ms");

  // Attachments as they were before this change: bytea in the primary.
  const before0 = await sizes(url.toString());
  for (let i = 0; i < opts.legacy; i++) {
    const b = pdf1mb();
    await db.$executeRaw`INSERT INTO "Document" ("id", "proposalId", "kind", "fileName", "mimeType", "size", "sha256", "content")
      VALUES (${`legacy-${i}`}, ${drafts[0]}, 'OTHER', ${`cu-${i}.pdf`}, 'application/pdf', ${b.length}, encode(sha256(${b}::bytea), 'hex'), ${b}::bytea)`;
  }
  const before = await sizes(url.toString());
  const t1 = performance.now();
  const moved = await migrateDatabaseFiles(db, store);
  const migrateSecs = (performance.now() - t1) / 1000;
  await db.$executeRawUnsafe(`VACUUM FULL "Document"`);
  const after = await sizes(url.toString());
  metric(
    "primary_db_size_with_bytea",
    before.db / MB,
    `MB (${opts.legacy} legacy 1 MB files; Document table ${(before.docs / MB).toFixed(1)} MB; ${(before0.db / MB).toFixed(1)} MB without them)`,
  );
  metric(
    "primary_db_size_after_migrate",
    after.db / MB,
    `MB (Document table ${(after.docs / MB).toFixed(2)} MB, after VACUUM FULL)`,
  );
  metric("files_migrate_per_s", moved.moved / migrateSecs, `files/s (${moved.moved} moved)`);
  setStoreForTesting(undefined);
  setDbForTesting(undefined);
  await db.$disconnect();
}
