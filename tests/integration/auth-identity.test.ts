// Identity in the data layer (issue 22): server-held sessions end at once (password change, deactivation,
// admin revoke, idle and absolute timeouts); officials' second factor at sign-in, recovery codes spent once;
// step-up refused by the decision and rule mutations themselves; single sign-on links or creates accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "otplib";
import { setDbForTesting } from "@/lib/db";
import { verifyCredentials } from "@/lib/auth/credentials";
import { checkSession, createSession } from "@/lib/auth/server-session";
import {
  changePassword,
  confirmStepUp,
  confirmTotpEnrolment,
  endOwnSession,
  startTotpEnrolment,
} from "@/lib/auth/account";
import { revokeAccountSessions, setAccountActive } from "@/lib/auth/admin-sessions";
import { StepUpRequiredError } from "@/lib/auth/step-up";
import { linkOrCreateFromClaims, SsoRefused } from "@/lib/auth/oidc-link";
import { approveProposal } from "@/lib/decisions/mutations";
import { addRulePeriod } from "@/lib/rules/mutations";
import { seedIdentity, DEMO_TOTP_SECRET, DEMO_ENTERPRISE_PERSONAL_ID } from "@/prisma/seed/identity";
import { actorFor, caught, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
beforeAll(async () => {
  t = await createPgliteTestDb();
  setDbForTesting(t.prisma);
  await seedFixtures(t.prisma);
  await seedIdentity(t.prisma);
}, 120_000);
afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

const open = (userId: string, now = new Date()) =>
  createSession(
    t.prisma,
    { userId, method: "password", secondFactorAt: null, ip: "203.0.113.1", userAgent: "test" },
    now,
  );

describe("sessions held on the server", () => {
  it("a password change ends every other session at once, keeps the current one", async () => {
    const me = await actorFor(t.prisma, "doanhnghiep@demo.vn");
    const [a, b] = [await open(me.id), await open(me.id)];
    await changePassword(
      { ...me, sessionId: a },
      { current: "KhuyenCong@2025", next: "Tre-xanh-ven-song-2026", confirm: "Tre-xanh-ven-song-2026" },
    );
    expect(await checkSession(t.prisma, a)).not.toBeNull();
    expect(await checkSession(t.prisma, b)).toBeNull();
    const weak = await caught(
      changePassword(
        { ...me, sessionId: a },
        { current: "Tre-xanh-ven-song-2026", next: "password1234", confirm: "password1234" },
      ),
    );
    expect((weak as { fieldErrors: Record<string, string[]> }).fieldErrors.next?.[0]).toMatch(/quá phổ biến/);
  });

  it("deactivation and an admin's revoke end sessions; a user ends their other sessions", async () => {
    const admin = await actorFor(t.prisma, "quantri@demo.vn");
    const staff = await actorFor(t.prisma, "chuyenvien@demo.vn");
    const s1 = await open(staff.id);
    expect(await revokeAccountSessions(admin, { userId: staff.id })).toBeGreaterThanOrEqual(1);
    expect(await checkSession(t.prisma, s1)).toBeNull();
    const [s2, s3] = [await open(staff.id), await open(staff.id)];
    expect(await endOwnSession({ ...staff, sessionId: s2 }, { sessionId: s3 })).toBe(1);
    expect(await checkSession(t.prisma, s3)).toBeNull();
    expect(await caught(endOwnSession({ ...staff, sessionId: s2 }, { sessionId: await open(admin.id) }))).toBeDefined(); // not theirs
    await setAccountActive(admin, { userId: staff.id, active: "false" });
    expect(await checkSession(t.prisma, s2)).toBeNull();
    await setAccountActive(admin, { userId: staff.id, active: "true" });
  });

  it("idle and absolute timeouts", async () => {
    const u = await actorFor(t.prisma, "bo@demo.vn");
    const t0 = new Date("2026-12-01T08:00:00Z");
    const s = await open(u.id, t0);
    expect(await checkSession(t.prisma, s, new Date(t0.getTime() + 59 * 60_000))).not.toBeNull(); // touched
    expect(await checkSession(t.prisma, s, new Date(t0.getTime() + 118 * 60_000))).not.toBeNull();
    expect(await checkSession(t.prisma, s, new Date(t0.getTime() + 180 * 60_000))).toBeNull(); // idle > 60 min
    const s4 = await open(u.id, t0);
    for (let m = 50; m < 8 * 60; m += 50) await checkSession(t.prisma, s4, new Date(t0.getTime() + m * 60_000));
    expect(await checkSession(t.prisma, s4, new Date(t0.getTime() + 8 * 60 * 60_000 + 1000))).toBeNull(); // absolute 8 h
  });
});

describe("second factor for officials", () => {
  it("an enrolled official needs the code; a wrong one is refused; the right one marks the session", async () => {
    const now = new Date();
    const who = { identifier: "giamdoc@demo.vn", password: "KhuyenCong@2025" };
    expect(await verifyCredentials(who, now, "198.51.100.1")).toEqual({ ok: false, reason: "second-factor" });
    expect(await verifyCredentials({ ...who, otp: "000000" }, now, "198.51.100.1")).toEqual({
      ok: false,
      reason: "second-factor-invalid",
    });
    const ok = await verifyCredentials(
      { ...who, otp: await generate({ secret: DEMO_TOTP_SECRET }) },
      now,
      "198.51.100.1",
    );
    expect(ok.ok && ok.user.secondFactorAt?.getTime()).toBe(now.getTime());
  });

  it("enrolment: a first code confirms it and yields ten recovery codes, each usable once", async () => {
    const fresh = { ...(await actorFor(t.prisma, "lanhdao.moi@demo.vn")), secondFactorAt: null };
    const sid = await open(fresh.id);
    const e = await startTotpEnrolment(fresh);
    expect(e.confirmed).toBe(false);
    expect(e.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const codes = await confirmTotpEnrolment(
      { ...fresh, sessionId: sid },
      { code: await generate({ secret: e.secret }) },
    );
    expect(codes).toHaveLength(10);
    expect(await t.prisma.recoveryCode.count({ where: { codeHash: codes[0] } })).toBe(0); // stored hashed
    await confirmStepUp({ ...fresh, sessionId: sid }, { code: codes[0] });
    expect(await caught(confirmStepUp({ ...fresh, sessionId: sid }, { code: codes[0] }))).toBeDefined();
  });

  it("a decision and a rule change are refused without a fresh second factor, by the mutation itself", async () => {
    const leader = await actorFor(t.prisma, "lanhdao@demo.vn");
    const p = await t.prisma.proposal.findFirstOrThrow({ where: { status: "RECOMMENDED" }, select: { id: true } });
    const input = {
      proposalId: p.id,
      reason: "Đạt yêu cầu, phù hợp kế hoạch năm.",
      delegationId: "",
      approvedSupport: "",
    };
    expect(await caught(approveProposal({ ...leader, secondFactorAt: null }, input))).toBeInstanceOf(
      StepUpRequiredError,
    );
    expect(
      await caught(approveProposal({ ...leader, secondFactorAt: new Date(Date.now() - 16 * 60_000) }, input)),
    ).toBeInstanceOf(StepUpRequiredError);
    const admin = await actorFor(t.prisma, "quantri@demo.vn");
    expect(await caught(addRulePeriod({ ...admin, secondFactorAt: null }, {}))).toBeInstanceOf(StepUpRequiredError);
    expect(await t.prisma.proposal.count({ where: { id: p.id, status: "RECOMMENDED" } })).toBe(1);
  });
});

describe("single sign-on linking", () => {
  const iss = "http://idp.test";
  it("links by personal ID number, then by the known subject", async () => {
    const first = await linkOrCreateFromClaims(iss, {
      sub: "s-1",
      name: "Nguyễn Văn Tiến",
      personal_id: DEMO_ENTERPRISE_PERSONAL_ID,
    });
    expect(first).toMatchObject({ email: "doanhnghiep@demo.vn", how: "personal-id" });
    expect(await linkOrCreateFromClaims(iss, { sub: "s-1" })).toMatchObject({ id: first.id, how: "known" });
  });
  it("links an organisation's representative by tax code; creates an account otherwise; refuses officials", async () => {
    const est = await t.prisma.establishment.findFirstOrThrow({
      where: { taxCode: { not: null }, users: { some: { role: "ENTERPRISE" } } },
      select: { taxCode: true, users: { select: { id: true } } },
    });
    expect(
      await linkOrCreateFromClaims(iss, { sub: "s-2", name: "Đại diện", org_tax_code: est.taxCode! }),
    ).toMatchObject({ id: est.users[0]!.id, how: "tax-code" });
    const created = await linkOrCreateFromClaims(iss, {
      sub: "s-3",
      name: "Phạm Quốc Bảo",
      personal_id: "027095000789",
      org_tax_code: "2601234567",
      org_name: "Công ty TNHH Gốm Hương Canh",
    });
    expect(created).toMatchObject({ role: "ENTERPRISE", how: "created" });
    expect(await t.prisma.personalIdNumber.findUnique({ where: { number: "027095000789" } })).toMatchObject({
      userId: created.id,
    });
    const leader = await t.prisma.user.findUniqueOrThrow({ where: { email: "lanhdao@demo.vn" }, select: { id: true } });
    await t.prisma.personalIdNumber.create({ data: { userId: leader.id, number: "001080000001" } });
    expect(await caught(linkOrCreateFromClaims(iss, { sub: "s-4", personal_id: "001080000001" }))).toBeInstanceOf(
      SsoRefused,
    );
  });
});
