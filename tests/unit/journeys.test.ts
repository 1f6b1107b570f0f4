import { describe, expect, it } from "vitest";
import { addressProblem } from "@/lib/establishments/address";
import { baseUrlFrom } from "@/lib/app-url";
import { parseQueueFilters } from "@/lib/appraisal/queue-filters";
import { precheckActivities } from "@/lib/rules/precheck";
import type { ActivityData, EstablishmentFacts } from "@/lib/rules/types";

// Issue 13: the pure pieces behind the journeys (the journeys themselves are tests/e2e/journeys-*.spec.ts).

describe("address messages say what is missing (13.6)", () => {
  it("names the missing hamlet or street, and the length when too short", () => {
    expect(addressProblem("", "địa điểm thực hiện")).toContain("Chưa nhập địa điểm thực hiện");
    expect(addressProblem("12", "địa điểm thực hiện")).toBe(
      "Địa điểm thực hiện mới có “12”, còn thiếu tên thôn/xóm (hoặc tổ dân phố, đường phố), ví dụ “Thôn Đông, số 12”.",
    );
    expect(addressProblem("Xóm", "địa chỉ")).toContain("quá ngắn (3 ký tự, cần ít nhất 5)");
    expect(addressProblem("Thôn Đông, số 12")).toBeNull();
  });
});

describe("eligibility pre-check per activity (13.5)", () => {
  const on = new Date("2026-11-20T00:00:00Z");
  const act = (code: string, contentNo: number): ActivityData => ({
    id: code,
    code,
    contentNo,
    name: code,
    legalBasisCode: "ND235-2025",
    article: "Điều 4 Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP",
    validFrom: new Date("2025-10-15T00:00:00Z"),
    validTo: null,
  });
  const est: EstablishmentFacts = {
    kind: "HKD",
    industryCode: "THU_CONG_MY_NGHE",
    communeId: null,
    communeName: null,
    communeValidTo: null,
    difficultArea: false,
    ethnicMinorityArea: false,
    womenOwned: false,
    ethnicMinorityOwned: false,
    workforce: 3,
  };
  it("says per activity whether it qualifies and why, citing the instrument", () => {
    // Without a commune only cleaner production (no location limit, Art. 1.2.b) qualifies.
    const r = precheckActivities(est, [act("UNG_DUNG_MAY_MOC", 3), act("SXSH", 9)], on);
    expect(r.basis).toBe("Nghị định 235/2025/NĐ-CP");
    expect(r.eligibleCount).toBe(1);
    expect(r.activities.map((a) => [a.code, a.eligible])).toEqual([
      ["UNG_DUNG_MAY_MOC", false],
      ["SXSH", true],
    ]);
    expect(r.activities[0]!.problems.join(" ")).toContain("khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP");
    expect(r.activities[1]!.reasons.join(" ")).toContain("Nghị định 45/2012/NĐ-CP");
  });
  it("an establishment outside the industries qualifies for nothing", () => {
    const r = precheckActivities(
      { ...est, communeId: "c", communeName: "xã A", industryCode: "KHAI_THAC_KHOANG_SAN" },
      [act("UNG_DUNG_MAY_MOC", 3)],
      on,
    );
    expect(r.eligibleCount).toBe(0);
    expect(r.activities[0]!.problems.join(" ")).toContain("khó khăn");
  });
});

describe("receipt lookup address from the request (13.9)", () => {
  it("uses the Host the visitor reached and the proxy's scheme; refuses a malformed host", () => {
    expect(baseUrlFrom("127.0.0.1:3113", null)).toBe("http://127.0.0.1:3113");
    expect(baseUrlFrom("KhuyenCong.example.vn", "https")).toBe("https://khuyencong.example.vn");
    expect(baseUrlFrom("evil.example/path", "https")).toBeNull();
    expect(baseUrlFrom(null, null)).toBeNull();
  });
});

describe("intake queue default view (13.7)", () => {
  it("opens on the intake view when nothing is filtered, and keeps the visitor's filters otherwise", () => {
    expect(parseQueueFilters({}, "cho-tiep-nhan").xem).toBe("cho-tiep-nhan");
    expect(parseQueueFilters({ q: "may" }, "cho-tiep-nhan").xem).toBeUndefined();
    expect(parseQueueFilters({ xem: "tat-ca" }, "cho-tiep-nhan").xem).toBe("tat-ca");
    expect(parseQueueFilters({}).xem).toBe("tat-ca");
  });
});
