import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { checkTotp, hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/totp";
import { generate } from "otplib";

describe("password policy (≥ 10 characters, not a common or breached pattern)", () => {
  it.each(["password1", "12345678a"])("refuses the issue's examples %s: too short", (p) => {
    expect(passwordProblem(p)).toMatch(/tối thiểu 10 ký tự/);
  });
  it.each(["password1234", "qwertyuiop12", "matkhau123", "1234567890"])(
    "refuses %s, long enough but common, in Vietnamese",
    (p) => {
      expect(passwordProblem(p)).toMatch(/Mật khẩu quá (phổ biến|dễ đoán)/);
    },
  );
  it("refuses a password made of the user's own e-mail", () => {
    expect(passwordProblem("nguyenvanan2026", ["nguyenvanan@example.vn"])).toMatch(/tên, email/);
  });
  it.each(["Tre-xanh-ven-song-2026", "gom su bat trang dep", "KhuyenCong@2025"])("accepts %s", (p) => {
    expect(passwordProblem(p)).toBeNull();
  });
});

describe("TOTP and recovery codes", () => {
  const secret = "KHUYENCONGDEMOTOTPSECRETABCDEFGH";
  it("accepts the current code and one step either side, not two", async () => {
    const now = new Date("2026-12-03T08:00:00Z");
    const code = await generate({ secret, epoch: now.getTime() / 1000 });
    expect(await checkTotp(secret, code, now)).toBe(true);
    expect(await checkTotp(secret, code.slice(0, 3) + " " + code.slice(3), new Date(now.getTime() + 30_000))).toBe(
      true,
    );
    expect(await checkTotp(secret, code, new Date(now.getTime() + 90_000))).toBe(false);
    expect(await checkTotp(secret, "12345", now)).toBe(false);
  });
  it("makes ten distinct recovery codes, hashed the same whatever the case and dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(hashRecoveryCode(codes[0]!.toLowerCase().replace("-", ""))).toBe(hashRecoveryCode(codes[0]!));
    expect(hashRecoveryCode(codes[0]!)).not.toBe(hashRecoveryCode(codes[1]!));
  });
});
