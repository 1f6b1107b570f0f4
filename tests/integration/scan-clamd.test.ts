import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { resetEnvForTesting } from "@/lib/env";
import { setStoreForTesting, objectKey, quarantineKey, type ObjectStore } from "@/lib/storage";
import { localStore } from "@/lib/storage/local";
import { scanBytes } from "@/lib/scan/clamd";
import { scanAttachment } from "@/lib/scan";
import { InfectedFileError } from "@/lib/storage/attachments";
import { attachmentResponse } from "@/lib/storage/response";
import { rescanFiles } from "@/lib/storage/migrate";
import { uploadDocument } from "@/lib/applications/documents";
import { getDocumentContent } from "@/lib/applications/queries";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { machineryDraft, PDF } from "./applications-helpers";
import { CLAMD_TEST, DEAD_PORT, describeWithService } from "./storage-services";

// The EICAR test string (eicar.org): harmless, detected by our own signature db tests/fixtures/clamav/.
const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
const target = { ...CLAMD_TEST, timeoutMs: 10_000 };
function useScanner(host: string | undefined, port = CLAMD_TEST.port) {
  if (host) process.env.CLAMAV_HOST = host;
  else delete process.env.CLAMAV_HOST;
  process.env.CLAMAV_PORT = String(port);
  resetEnvForTesting();
}

describeWithService("ClamAV scanning with a real clamd", CLAMD_TEST.port, () => {
  let t: PgliteTestDb;
  let db: PrismaClient;
  let owner: Actor;
  let dir: string;
  let store: ObjectStore;
  beforeAll(async () => {
    t = await createPgliteTestDb();
    db = t.prisma;
    setDbForTesting(db);
    await seedFixtures(db);
    await seedEnterprise(db);
    owner = await actorFor(db, "doanhnghiep@demo.vn");
    dir = await mkdtemp(path.join(tmpdir(), "kc-scan-"));
    store = localStore(dir);
    setStoreForTesting(store);
  }, 180_000);
  afterEach(() => useScanner(undefined));
  afterAll(async () => {
    setStoreForTesting(undefined);
    setDbForTesting(undefined);
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("INSTREAM: EICAR is found, an ordinary PDF is clean, a large file streams in chunks", async () => {
    expect(await scanBytes(target, new TextEncoder().encode(EICAR))).toEqual({
      infected: true,
      signature: expect.stringContaining("Eicar"),
    });
    expect(await scanBytes(target, PDF)).toEqual({ infected: false });
    expect(await scanBytes(target, new Uint8Array(3_000_000).fill(65))).toEqual({ infected: false });
  });

  it("no scanner configured = NOT_SCANNED (never clean); scanner down = PENDING", async () => {
    useScanner(undefined);
    expect(await scanAttachment(PDF)).toEqual({ status: "NOT_SCANNED" });
    useScanner("127.0.0.1", DEAD_PORT);
    expect(await scanAttachment(PDF)).toEqual({ status: "PENDING" });
    useScanner("127.0.0.1");
    expect(await scanAttachment(PDF)).toEqual({ status: "CLEAN" });
  });

  it("an infected upload is quarantined, listed as INFECTED with a Vietnamese message, and never served", async () => {
    useScanner("127.0.0.1");
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    const bytes = new TextEncoder().encode(`%PDF-1.4\n${EICAR}\n%%EOF`);
    const sha = createHash("sha256").update(bytes).digest("hex");
    const e = await caught(
      uploadDocument(owner, { proposalId: id, kind: "QUOTATION", fileName: "bao-gia.pdf", bytes }),
    );
    expect(e).toBeInstanceOf(InfectedFileError);
    expect((e as InfectedFileError).fieldErrors.file?.[0]).toMatch(/chứa mã độc .*Eicar.* cách ly/);
    const row = await db.document.findFirstOrThrow({
      where: { proposalId: id },
      select: { id: true, scanStatus: true, storageKey: true },
    });
    expect(row).toMatchObject({ scanStatus: "INFECTED", storageKey: quarantineKey(sha) });
    expect(await store.exists(objectKey(sha))).toBe(false);
    expect(await store.exists(quarantineKey(sha))).toBe(true);
    const res = await attachmentResponse(await getDocumentContent(owner, row.id), { inlineImages: false });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("cách ly");
    expect(await db.auditLog.count({ where: { action: "document.quarantine", entityId: id } })).toBe(1);
  });

  it("a clean upload is CLEAN; one made while clamd is down waits PENDING (409) until rescanned", async () => {
    useScanner("127.0.0.1");
    const { id } = await machineryDraft(db, owner, { askTrieu: 100 });
    expect(
      (await uploadDocument(owner, { proposalId: id, kind: "QUOTATION", fileName: "a.pdf", bytes: PDF })).scanStatus,
    ).toBe("CLEAN");
    useScanner("127.0.0.1", DEAD_PORT);
    const late = new TextEncoder().encode(`%PDF-1.4\nlate ${Date.now()}\n%%EOF`);
    const up = await uploadDocument(owner, { proposalId: id, kind: "PHOTO", fileName: "b.pdf", bytes: late });
    expect(up.scanStatus).toBe("PENDING");
    expect((await attachmentResponse(await getDocumentContent(owner, up.id), { inlineImages: false })).status).toBe(
      409,
    );
    useScanner("127.0.0.1");
    expect((await rescanFiles(db, store)).rescanned).toBeGreaterThanOrEqual(1);
    const res = await attachmentResponse(await getDocumentContent(owner, up.id), { inlineImages: false });
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Scan-Status")).toBe("CLEAN");
  });
});
