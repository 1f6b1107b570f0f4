import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { objectKey, type ObjectStore } from "@/lib/storage/types";
import { scanAttachment } from "@/lib/scan";
import { logInfo, logWarn } from "@/lib/log";

export type MigrateReport = { moved: number; alreadyStored: number; rescanned: number; infected: number };

/**
 * Moves attachment bytes out of `Document.content` into the object store, one row at a time:
 * put under the content hash (the same key however often it runs), then one conditional UPDATE that sets
 * storageKey and clears the bytes only if the row still has no key. A crash between the two leaves a
 * stored object and an unchanged row; the next run puts the same object again and finishes the row.
 */
export async function migrateDatabaseFiles(
  db: PrismaClient,
  store: ObjectStore,
  opts: { batch?: number; limit?: number } = {},
): Promise<MigrateReport> {
  const report: MigrateReport = { moved: 0, alreadyStored: 0, rescanned: 0, infected: 0 };
  const batch = opts.batch ?? 50;
  for (;;) {
    if (opts.limit !== undefined && report.moved >= opts.limit) break;
    // Ids first, bytes row by row: a batch of 10 MB files never sits in memory at once.
    const ids = await db.document.findMany({
      where: { storageKey: null, content: { not: null } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: batch,
    });
    if (ids.length === 0) break;
    for (const { id } of ids) {
      if (opts.limit !== undefined && report.moved >= opts.limit) break;
      const row = await db.document.findUnique({
        where: { id },
        select: { sha256: true, mimeType: true, content: true, storageKey: true },
      });
      if (!row?.content || row.storageKey) continue;
      const sha = createHash("sha256").update(row.content).digest("hex");
      if (sha !== row.sha256) logWarn("files.migrate.hash_mismatch", { documentId: id });
      const key = objectKey(sha);
      if (await store.exists(key)) report.alreadyStored++;
      else await store.put(key, row.content, row.mimeType);
      const done = await db.document.updateMany({
        where: { id, storageKey: null },
        data: { storageKey: key, sha256: sha, content: null },
      });
      report.moved += done.count;
    }
  }
  logInfo("files.migrate.done", report);
  return report;
}

/** Scans the files left PENDING (clamd was down at upload); with `legacy`, also the NOT_SCANNED ones. */
export async function rescanFiles(
  db: PrismaClient,
  store: ObjectStore,
  opts: { legacy?: boolean } = {},
): Promise<Pick<MigrateReport, "rescanned" | "infected">> {
  const statuses = opts.legacy ? (["PENDING", "NOT_SCANNED"] as const) : (["PENDING"] as const);
  const rows = await db.document.findMany({
    where: { scanStatus: { in: [...statuses] }, storageKey: { not: null } },
    select: { id: true, storageKey: true, sha256: true },
  });
  let rescanned = 0;
  let infected = 0;
  for (const r of rows) {
    const body = await store.get(r.storageKey!);
    if (!body) continue;
    const bytes = new Uint8Array(await new Response(body).arrayBuffer());
    const scan = await scanAttachment(bytes);
    if (scan.status === "PENDING" || scan.status === "NOT_SCANNED") continue;
    if (scan.status === "INFECTED") {
      const q = `quarantine/${r.sha256}`;
      await store.put(q, bytes, "application/octet-stream");
      await db.document.updateMany({
        where: { storageKey: r.storageKey },
        data: { scanStatus: "INFECTED", scanSignature: scan.signature, storageKey: q },
      });
      await store.delete(r.storageKey!);
      infected++;
    } else {
      await db.document.update({ where: { id: r.id }, data: { scanStatus: "CLEAN" } });
    }
    rescanned++;
  }
  return { rescanned, infected };
}
