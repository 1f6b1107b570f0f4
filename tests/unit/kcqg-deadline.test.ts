import { describe, expect, it } from "vitest";
import {
  assertRegistrationOpen,
  firstOpenPlanYear,
  kcqgRegistrationDeadline,
  registeredOnTime,
} from "@/lib/plans/kcqg-deadline";

// Issue 15: the province registers its KCQG đề án for plan year Y with the ministry by 20/06 of Y−1.
describe("KCQG registration deadline (20/06 of the year before)", () => {
  it("is 20/06 of the previous year", () => {
    expect(kcqgRegistrationDeadline(2027).toISOString().slice(0, 10)).toBe("2026-06-20");
  });

  it("counts the deadline day in Vietnam's time zone", () => {
    // 20/06/2026 23:30 in Hà Nội is 16:30 UTC: still on time; 21/06 00:30 in Hà Nội (17:30 UTC on 20/06) is late.
    expect(registeredOnTime(2027, new Date("2026-06-20T16:30:00Z"))).toBe(true);
    expect(registeredOnTime(2027, new Date("2026-06-20T17:30:00Z"))).toBe(false);
  });

  it("refuses a late registration with a Vietnamese message naming the deadline, the instrument and the next open year", () => {
    expect(() => assertRegistrationOpen(2028, new Date("2026-12-03T03:00:00Z"))).not.toThrow();
    expect(() => assertRegistrationOpen(2027, new Date("2026-12-03T03:00:00Z"))).toThrow(
      /quá hạn đăng ký đề án khuyến công quốc gia năm 2027.*hạn 20\/06\/2026.*Thông tư 36\/2013\/TT-BCT.*kế hoạch năm 2028/,
    );
  });

  it("names the first plan year still open", () => {
    expect(firstOpenPlanYear(new Date("2026-03-01T00:00:00Z"))).toBe(2027);
    expect(firstOpenPlanYear(new Date("2026-12-03T00:00:00Z"))).toBe(2028);
  });
});
