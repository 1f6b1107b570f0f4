// Issue 16: the registry of issued files. A decision is signed and registered at its first download and then
// served as issued (same bytes); /xac-thuc's data names issuer, number, date, signer, SHA-256 and status; a
// copy with one byte changed does not match; a leader revokes with a reason (audited); checks are rate-limited;
// another province's staff cannot download it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { resetEnvForTesting } from "@/lib/env";
import { NotFoundError, RateLimitError } from "@/lib/errors";
import { setStoreForTesting } from "@/lib/storage";
import { localStore } from "@/lib/storage/local";
import { resetSigningForTesting } from "@/lib/signing/signer";
import { approveProposal } from "@/lib/decisions/mutations";
import {
  checkCopy,
  getVerification,
  issuedDecisionPdf,
  revokeIssuedDocument,
  VERIFY_LIMIT,
} from "@/lib/documents/issued";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";
import { makeProposal, setEnvelopeRow } from "./appraisal-helpers";

let t: PgliteTestDb;
let db: PrismaClient;
let leader: Actor;
let decisionId: string;
const saved = { ...process.env };

beforeAll(async () => {
  process.env.SIGNING_DEMO_PKI_DIR = mkdtempSync(path.join(tmpdir(), "kc-pki-"));
  resetEnvForTesting();
  resetSigningForTesting();
  setStoreForTesting(localStore(mkdtempSync(path.join(tmpdir(), "kc-files-"))));
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedAppraisal(db);
  leader = await actorFor(db, "lanhdao@demo.vn");
  await setEnvelopeRow(db, 5_000, { year: 2027 });
  const id = await makeProposal(db, { status: "RECOMMENDED", year: 2027, requestedTrieu: 250 });
  decisionId = (
    await approveProposal(leader, { proposalId: id, reason: "Đạt 85/100 điểm." }, new Date("2026-12-03T03:00:00Z"))
  ).id;
}, 180_000);

afterAll(async () => {
  setStoreForTesting(undefined);
  setDbForTesting(undefined);
  process.env = saved;
  resetEnvForTesting();
  resetSigningForTesting();
  await t?.close();
});

describe("issued documents", () => {
  let code: string;
  let bytes: Buffer;

  it("signs and registers at the first download, then serves the same bytes", async () => {
    const first = await issuedDecisionPdf(leader, decisionId);
    const second = await issuedDecisionPdf(leader, decisionId);
    expect(first.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const row = await db.issuedDocument.findUniqueOrThrow({ where: { decisionId } });
    code = row.code;
    bytes = first.bytes;
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    expect(await db.auditLog.count({ where: { action: "document.issue", entityId: code } })).toBe(1);
  });

  it("the public verification names issuer, number, date, signer, SHA-256 and status — nothing private", async () => {
    const v = await getVerification(code, "test-client-1");
    expect(v).toMatchObject({ code, kind: "APPROVE", issuerName: "Sở Công Thương tỉnh Phú Thọ", status: "VALID" });
    expect(v?.number).toMatch(/QĐ-SCT/);
    expect(v?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(v)).not.toMatch(/taxCode|phone|email|Đạt 85\/100/);
    expect(await getVerification("KHONGCOMA23", "test-client-1")).toBeNull();
  });

  it("a copy matches; one byte changed does not", async () => {
    expect((await checkCopy(code, bytes, "test-client-2")).matches).toBe(true);
    const tampered = Buffer.from(bytes);
    const mid = Math.floor(tampered.length / 2);
    tampered[mid] = tampered[mid]! ^ 0x01;
    expect((await checkCopy(code, tampered, "test-client-2")).matches).toBe(false);
  });

  it("another province's staff cannot download it", async () => {
    const other = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    expect(await caught(issuedDecisionPdf(other, decisionId))).toBeInstanceOf(NotFoundError);
  });

  it("a leader revokes it with a reason; the verification says so", async () => {
    await revokeIssuedDocument(leader, code, "Ban hành nhầm số tiền, thay bằng quyết định khác.");
    const v = await getVerification(code, "test-client-3");
    expect(v).toMatchObject({ status: "REVOKED", statusReason: "Ban hành nhầm số tiền, thay bằng quyết định khác." });
    expect(await db.auditLog.count({ where: { action: "document.revoke", entityId: code } })).toBe(1);
  });

  it("checks are rate-limited per client", async () => {
    for (let i = 0; i < VERIFY_LIMIT; i++) await getVerification(code, "test-client-4");
    expect(await caught(getVerification(code, "test-client-4"))).toBeInstanceOf(RateLimitError);
  });
});
