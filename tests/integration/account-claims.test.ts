// Claiming an account (issue 23): an establishment registered at the desk is taken over by its owner with a one-time
// code; self-registration with a taken tax code points there and the login it made is used, not left dangling; a
// password set by an officer is changed at the first sign-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { setDbForTesting } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { createOwnEstablishment, registerAccount, registerAssisted } from "@/lib/establishments/mutations";
import { claimEstablishment, hashClaimCode, issueClaimCode } from "@/lib/establishments/claims";
import { checkDigit } from "@/lib/establishments/tax-code";
import { changePassword } from "@/lib/auth/account";
import { seedEnterprise } from "@/prisma/seed/enterprise";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

const NOW = new Date("2026-11-20T03:00:00Z");
let t: PgliteTestDb;
let db: PrismaClient;
let staff: Actor;
let communeId: string;
let serial = 100_000_00;

/** A fresh valid 10-digit tax code. */
function taxCode(): string {
  for (;;) {
    const first9 = `0${String(serial++).padStart(8, "0")}`;
    const d = checkDigit(first9);
    if (d !== null) return `${first9}${d}`;
  }
}

async function deskRegistered(extra: Record<string, string> = {}): Promise<{ id: string; taxCode: string }> {
  const tc = taxCode();
  const id = await registerAssisted(
    staff,
    {
      kind: "HKD",
      name: `Hộ kinh doanh Gốm ${tc}`,
      taxCode: tc,
      communeId,
      address: "Thôn Bến, xã Vĩnh Tường",
      industryCode: "THU_CONG_MY_NGHE",
      industry: "Gốm",
      workforce: "4",
      representative: "Phạm Thị Gốm",
      note: "Bộ phận một cửa UBND xã Vĩnh Tường",
      ...extra,
    },
    NOW,
  );
  return { id, taxCode: tc };
}

async function ownAccount(phone: string): Promise<Actor> {
  const { userId } = await registerAccount({
    name: "Phạm Thị Gốm",
    identifier: phone,
    password: "Gom-su-bat-trang-2026",
    confirm: "Gom-su-bat-trang-2026",
    agree: "on",
  });
  return {
    id: userId,
    name: "Phạm Thị Gốm",
    role: "ENTERPRISE",
    agencyId: null,
    provinceId: null,
    establishmentId: null,
  };
}

const WRONG = /Mã số thuế hoặc mã nhận tài khoản không đúng/;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedEnterprise(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
  communeId = (await db.adminUnit.findUniqueOrThrow({ where: { code: "25-VINH-TUONG" } })).id;
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("claiming an establishment registered at the desk", () => {
  it("self-registration with the taken tax code points to the claim; the owner's own login then takes the establishment over", async () => {
    const est = await deskRegistered();
    const owner = await ownAccount("0387000001");
    const refused = (await caught(
      createOwnEstablishment(
        owner,
        {
          kind: "HKD",
          name: "Gốm của tôi",
          taxCode: est.taxCode,
          communeId,
          address: "Thôn Bến",
          industryCode: "THU_CONG_MY_NGHE",
          industry: "Gốm",
          workforce: "4",
          representative: "Phạm Thị Gốm",
        },
        NOW,
      ),
    )) as ValidationError;
    expect(refused.fieldErrors.taxCode?.[0]).toContain("mã nhận tài khoản do cán bộ cấp");
    expect(await db.establishment.count({ where: { taxCode: est.taxCode } })).toBe(1);

    const { code, expiresAt } = await issueClaimCode(staff, est.id, NOW);
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(expiresAt.getTime() - NOW.getTime()).toBe(14 * 86_400_000);
    // Only the hash is stored, and the audit row does not hold the code.
    expect(await db.accountClaim.count({ where: { codeHash: hashClaimCode(code) } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: est.id, action: "establishment.claimCodeIssued" },
    });
    expect(JSON.stringify({ data: audit.data, reason: audit.reason })).not.toContain(code);

    const done = await claimEstablishment(
      owner,
      { taxCode: est.taxCode, code: code.toLowerCase().replace("-", " ") },
      NOW,
    );
    expect(done.establishmentId).toBe(est.id);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { establishmentId: true } })).establishmentId,
    ).toBe(est.id);
    expect(
      await db.auditLog.count({ where: { entityId: est.id, action: "establishment.claimed", actorId: owner.id } }),
    ).toBe(1);
    // No login of the owner is left without an establishment.
    expect(await db.user.count({ where: { phone: "0387000001", establishmentId: null } })).toBe(0);

    // Used once: a second account cannot use it again.
    const other = await ownAccount("0387000002");
    const again = (await caught(claimEstablishment(other, { taxCode: est.taxCode, code }, NOW))) as ValidationError;
    expect(again).toBeInstanceOf(ValidationError);
    expect(again.fieldErrors.code?.[0]).toMatch(WRONG);
  });

  it("refuses a wrong tax code, an expired code and a replaced code with one answer that gives nothing away", async () => {
    const est = await deskRegistered();
    const owner = await ownAccount("0387000003");
    const old = await issueClaimCode(staff, est.id, new Date(NOW.getTime() - 15 * 86_400_000));
    expect(
      ((await caught(claimEstablishment(owner, { taxCode: est.taxCode, code: old.code }, NOW))) as ValidationError)
        .fieldErrors.code?.[0],
    ).toMatch(WRONG);
    const first = await issueClaimCode(staff, est.id, NOW);
    const second = await issueClaimCode(staff, est.id, NOW);
    expect(
      ((await caught(claimEstablishment(owner, { taxCode: est.taxCode, code: first.code }, NOW))) as ValidationError)
        .fieldErrors.code?.[0],
    ).toMatch(WRONG);
    expect(
      ((await caught(claimEstablishment(owner, { taxCode: taxCode(), code: second.code }, NOW))) as ValidationError)
        .fieldErrors.code?.[0],
    ).toMatch(WRONG);
    const badInput = (await caught(claimEstablishment(owner, { taxCode: "123", code: "x" }, NOW))) as ValidationError;
    expect(badInput.fieldErrors.taxCode?.[0]).toContain("10 chữ số");
    expect(badInput.fieldErrors.code?.[0]).toContain("10 ký tự");
    expect((await claimEstablishment(owner, { taxCode: est.taxCode, code: second.code }, NOW)).establishmentId).toBe(
      est.id,
    );
  });

  it("staff of another province cannot issue a code for the establishment", async () => {
    const est = await deskRegistered();
    const other = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    expect((await caught(issueClaimCode(other, est.id, NOW))) as Error).toBeInstanceOf(Error);
    expect(await db.accountClaim.count({ where: { establishmentId: est.id } })).toBe(0);
  });
});

describe("a password set by an officer", () => {
  it("is flagged to be changed at the first sign-in, and the change clears the flag", async () => {
    const est = await deskRegistered({ accountIdentifier: "0387000009", accountPassword: "Tam-thoi-cua-can-bo-2026" });
    const user = await db.user.findFirstOrThrow({
      where: { establishmentId: est.id },
      select: { id: true, mustChangePassword: true },
    });
    expect(user.mustChangePassword).toBe(true);
    const actor: Actor = {
      id: user.id,
      name: "Phạm Thị Gốm",
      role: "ENTERPRISE",
      agencyId: null,
      provinceId: null,
      establishmentId: est.id,
      mustChangePassword: true,
    };
    await changePassword(actor, {
      current: "Tam-thoi-cua-can-bo-2026",
      next: "Mat-khau-rieng-cua-toi-2026",
      confirm: "Mat-khau-rieng-cua-toi-2026",
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } }))
        .mustChangePassword,
    ).toBe(false);
    // The demo's own accounts are never flagged.
    expect(await db.user.count({ where: { email: { endsWith: "@demo.vn" }, mustChangePassword: true } })).toBe(0);
  });
});
