import { describe, expect, it } from "vitest";
import { evaluateApplication } from "@/lib/rules/evaluate";
import { checkEligibility, priorityReasons } from "@/lib/rules/eligibility";
import { guessIndustryCode } from "@/lib/rules/industries";
import { SUPPORT_RULES } from "@/lib/rules/support-table";
import type { ActivityData, EstablishmentFacts } from "@/lib/rules/types";

const T = 1_000_000n;
const ND45_TO = new Date("2025-10-14T00:00:00Z");
const ND235_FROM = new Date("2025-10-15T00:00:00Z");
const machineryND235: ActivityData = {
  id: "a2",
  code: "UNG_DUNG_MAY_MOC",
  contentNo: 3,
  name: "Ứng dụng máy móc thiết bị tiên tiến",
  legalBasisCode: "ND235-2025",
  article: "Điều 4 Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP",
  validFrom: ND235_FROM,
  validTo: null,
};
const machineryND45: ActivityData = {
  ...machineryND235,
  id: "a1",
  legalBasisCode: "ND45-2012",
  article: "Điều 4 Nghị định 45/2012/NĐ-CP",
  validFrom: new Date("2012-07-05T00:00:00Z"),
  validTo: ND45_TO,
};
const est: EstablishmentFacts = {
  kind: "HKD",
  industryCode: "THU_CONG_MY_NGHE",
  communeId: "c1",
  communeName: "xã Yên Lạc",
  communeValidTo: null,
  difficultArea: false,
  ethnicMinorityArea: false,
  womenOwned: false,
  ethnicMinorityOwned: false,
  workforce: 12,
};
const on = new Date("2026-11-20T00:00:00Z");

describe("eligibility (ND 45/2012 as amended by ND 235/2025)", () => {
  it("a household business in a commune with an eligible industry is eligible, with reasons citing articles", () => {
    const r = checkEligibility(est, machineryND235, on);
    expect(r.eligible).toBe(true);
    expect(r.reasons.join(" ")).toContain("khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP");
    expect(r.reasons.join(" ")).toContain("Điều 5");
  });
  it("a union of cooperatives becomes eligible only from 15/10/2025", () => {
    const lh = { ...est, kind: "LHHTX" as const };
    expect(checkEligibility(lh, machineryND45, ND45_TO).eligible).toBe(false);
    expect(checkEligibility(lh, machineryND45, ND45_TO).problems[0]).toContain("Liên hiệp hợp tác xã");
    expect(checkEligibility(lh, machineryND235, ND235_FROM).eligible).toBe(true);
  });
  it("an activity version that expired is refused on a later submission date", () => {
    const r = checkEligibility(est, machineryND45, ND235_FROM);
    expect(r.eligible).toBe(false);
    expect(r.problems.join(" ")).toContain("không còn hiệu lực");
  });
  it("industries outside Art. 5 and mining outside difficult areas are refused", () => {
    expect(checkEligibility({ ...est, industryCode: null }, machineryND235, on).eligible).toBe(false);
    expect(checkEligibility({ ...est, industryCode: "KHAI_THAC_KHOANG_SAN" }, machineryND235, on).eligible).toBe(false);
    expect(
      checkEligibility({ ...est, industryCode: "KHAI_THAC_KHOANG_SAN", difficultArea: true }, machineryND235, on)
        .eligible,
    ).toBe(true);
    expect(checkEligibility({ ...est, industryCode: "CONG_NGHE_CAO" }, machineryND45, ND45_TO).eligible).toBe(false);
  });
  it("a commune abolished by the 2025 reform must be updated", () => {
    const r = checkEligibility({ ...est, communeValidTo: new Date("2025-06-30T00:00:00Z") }, machineryND235, on);
    expect(r.problems.join(" ")).toContain("đã hết hiệu lực");
  });
  it("women-owned gives priority only under ND 235/2025; difficult area always", () => {
    expect(priorityReasons({ ...est, womenOwned: true }, ND45_TO)).toHaveLength(0);
    expect(priorityReasons({ ...est, womenOwned: true }, ND235_FROM)[0]).toContain("phụ nữ");
    expect(priorityReasons({ ...est, difficultArea: true }, ND45_TO)[0]).toContain("khó khăn");
  });
  it("guesses the industry code of free text", () => {
    expect(guessIndustryCode("che bien go, do go my nghe")).toBe("THU_CONG_MY_NGHE");
    expect(guessIndustryCode("co khi phuc vu nong nghiep")).toBe("CO_KHI_DIEN_TU");
    expect(guessIndustryCode("che bien nong san (my gao)")).toBe("CHE_BIEN_NLTS");
  });
});

describe("the whole verdict", () => {
  const base = {
    rules: SUPPORT_RULES,
    establishment: est,
    activity: machineryND235,
    on,
    lines: [{ item: "Máy CNC", costKind: "MACHINERY", total: 600n * T, requestedSupport: 400n * T }],
    attestCounterpart: true,
    attestNoDoubleFunding: true,
  };
  it("an over-cap line blocks submission with an explanation, and is not clipped", () => {
    const v = evaluateApplication(base);
    expect(v.eligible).toBe(true);
    expect(v.totalRequested).toBe(400n * T);
    expect(v.totalMaxSupport).toBe(300n * T);
    expect(v.problems).toEqual(['Khoản 1 ("Máy CNC"): đề nghị 400 triệu đồng, tối đa 300 triệu đồng.']);
    expect(v.reasons.at(-1)).toBe("Xét theo quy định có hiệu lực ngày 20/11/2026.");
  });
  it("within the cap and with both commitments, nothing blocks", () => {
    const v = evaluateApplication({ ...base, lines: [{ ...base.lines[0]!, requestedSupport: 300n * T }] });
    expect(v.problems).toEqual([]);
  });
  it("both commitments of TTLT 26/2014 Art. 7 are required", () => {
    const v = evaluateApplication({ ...base, attestCounterpart: false, attestNoDoubleFunding: false, lines: [] });
    expect(v.problems).toContain("Chưa cam kết bố trí đủ vốn đối ứng (phần chi phí còn lại).");
    expect(v.problems.join(" ")).toContain("nguồn ngân sách nhà nước khác");
    expect(v.problems).toContain("Chưa có khoản chi nào trong dự toán.");
  });
  it("a cost kind from another activity is refused", () => {
    const v = evaluateApplication({
      ...base,
      lines: [{ item: "Gian hàng", costKind: "FAIR_DOMESTIC", total: 10n * T, requestedSupport: 1n * T }],
    });
    expect(v.problems[0]).toContain("không thuộc nội dung");
  });
});
