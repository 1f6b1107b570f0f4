import { afterAll, beforeAll, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { setStoreForTesting, StorageUnavailableError, objectKey } from "@/lib/storage";
import { s3Store } from "@/lib/storage/s3";
import { localStore } from "@/lib/storage/local";
import { readAttachmentBytes } from "@/lib/storage/attachments";
import { migrateDatabaseFiles } from "@/lib/storage/migrate";
import { attachmentResponse } from "@/lib/storage/response";
import { uploadDocument } from "@/lib/applications/documents";
import { getDocumentContent, getProposalDetail } from "@/lib/applications/queries";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { machineryDraft, PDF } from "./applications-helpers";
import { DEAD_PORT, describeWithService, S3_TEST } from "./storage-services";

const s3 = s3Store(S3_TEST);
const text = async (body: ReadableStream<Uint8Array> | null) =>
  body ? Buffer.from(await new Response(body).arrayBuffer()) : null;
const pdfOf = (n: number) => new Uint8Array(Buffer.concat([Buffer.from(PDF), randomBytes(n)]));

describeWithService("S3 backend against s3rver", 4569, () => {
  let t: PgliteTestDb;
  let db: PrismaClient;
  let owner: Actor;
  beforeAll(async () => {
    t = await createPgliteTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedEnterprise(db);
    owner = await actorFor(db, "doanhnghiep@demo.vn");
  }, 180_000);
  afterAll(async () => {
    setStoreForTesting(undefined);
    setDbForTesting(undefined);
    await t?.close();
  });

  it("puts, reads back as a stream, tells presence and deletes", async () => {
    const key = `test/${randomBytes(6).toString("hex")}`;
    const bytes = randomBytes(200_000);
    await s3.ping();
    expect(await s3.exists(key)).toBe(false);
    expect(await s3.get(key)).toBeNull();
    await s3.put(key, bytes, "application/octet-stream");
    expect(await s3.exists(key)).toBe(true);
    expect((await text(await s3.get(key)))?.equals(bytes)).toBe(true);
    await s3.delete(key);
    expect(await s3.exists(key)).toBe(false);
  });

  it("an upload goes to the bucket under its content hash, not into the database, and streams back", async () => {
    setStoreForTesting(s3);
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    const bytes = pdfOf(1_000);
    const up = await uploadDocument(owner, { proposalId: id, kind: "QUOTATION", fileName: "bao-gia.pdf", bytes });
    const row = await db.document.findUniqueOrThrow({
      where: { id: up.id },
      select: { content: true, storageKey: true, sha256: true },
    });
    expect(row.content).toBeNull();
    expect(row.storageKey).toBe(objectKey(createHash("sha256").update(bytes).digest("hex")));
    expect((await text(await s3.get(row.storageKey!)))?.equals(bytes)).toBe(true);
    const res = await attachmentResponse(await getDocumentContent(owner, up.id), { inlineImages: false });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("the store being down refuses the upload with StorageUnavailableError (503) and writes nothing; reads still work", async () => {
    setStoreForTesting(s3Store({ ...S3_TEST, endpoint: `http://127.0.0.1:${DEAD_PORT}` }));
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    const started = Date.now();
    const e = await caught(
      uploadDocument(owner, { proposalId: id, kind: "QUOTATION", fileName: "a.pdf", bytes: pdfOf(10) }),
    );
    expect(e).toBeInstanceOf(StorageUnavailableError);
    expect((e as Error).message).toContain("Kho lưu tệp tạm thời không hoạt động");
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await db.document.count({ where: { proposalId: id } })).toBe(0);
    expect((await getProposalDetail(owner, id)).id).toBe(id);
    setStoreForTesting(s3);
  });

  it("files:migrate moves bytea into the store, clears it, resumes after an interruption and is idempotent", async () => {
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    const olds = [pdfOf(300), pdfOf(400), pdfOf(500)];
    const rows = [];
    for (const [i, b] of olds.entries()) {
      rows.push(
        await db.document.create({
          data: {
            proposalId: id,
            kind: "OTHER",
            fileName: `cu-${i}.pdf`,
            mimeType: "application/pdf",
            size: b.length,
            sha256: createHash("sha256").update(b).digest("hex"),
            content: b,
          },
          select: { id: true },
        }),
      );
    }
    // Old rows are served from the bytea until they move.
    expect(
      Buffer.from(await readAttachmentBytes(await getDocumentContent(owner, rows[0]!.id))).equals(
        Buffer.from(olds[0]!),
      ),
    ).toBe(true);
    const first = await migrateDatabaseFiles(db, s3, { limit: 1 }); // an interrupted run
    expect(first.moved).toBe(1);
    expect(await db.document.count({ where: { proposalId: id, content: { not: null } } })).toBe(2);
    const rest = await migrateDatabaseFiles(db, s3, { batch: 2 });
    expect(rest.moved).toBe(2);
    expect(await db.document.count({ where: { content: { not: null } } })).toBe(0);
    expect((await migrateDatabaseFiles(db, s3)).moved).toBe(0);
    for (const [i, r] of rows.entries()) {
      const doc = await getDocumentContent(owner, r.id);
      expect(doc.content).toBeNull();
      expect(Buffer.from(await readAttachmentBytes(doc)).equals(Buffer.from(olds[i]!))).toBe(true);
    }
  });

  it("the local-folder backend (the demo's default) keeps the same contract", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kc-store-"));
    const local = localStore(dir);
    await local.ping();
    await local.put("sha256/ab/abc", PDF, "application/pdf");
    expect((await text(await local.get("sha256/ab/abc")))?.equals(Buffer.from(PDF))).toBe(true);
    expect(await local.get("sha256/ab/none")).toBeNull();
    await expect(local.put("../escape", PDF, "application/pdf")).rejects.toThrow();
    await rm(dir, { recursive: true, force: true });
  });
});
