import { describe, expect, it } from "vitest";
import { isExternalAuthority, requiredAuthority } from "@/lib/implementation/amendment-rules";

describe("who decides an amendment (§4.3 alt rows)", () => {
  it("an increase of support needs the higher authority", () => {
    expect(requiredAuthority("AMOUNT_INCREASE", "NATIONAL", "CU_THE")).toBe("BO_TRUONG");
    expect(requiredAuthority("AMOUNT_INCREASE", "LOCAL", "CU_THE")).toBe("UBND_TINH");
    expect(requiredAuthority("AMOUNT_DECREASE", "NATIONAL", "CU_THE")).toBe("CUC");
    expect(requiredAuthority("AMOUNT_DECREASE", "LOCAL", "CU_THE")).toBe("SO_CONG_THUONG");
  });
  it("time within the fiscal year is the lower authority, into the next year the higher one", () => {
    expect(requiredAuthority("TIME", "NATIONAL", "CU_THE")).toBe("CUC");
    expect(requiredAuthority("TIME", "NATIONAL", "CU_THE", { crossesYear: true })).toBe("BO_TRUONG");
    expect(requiredAuthority("TIME", "LOCAL", "CU_THE", { crossesYear: true })).toBe("UBND_TINH");
  });
  it("group projects: the Sở approves site and beneficiary changes; stop goes to the top", () => {
    expect(requiredAuthority("BENEFICIARY", "NATIONAL", "NHOM")).toBe("SO_CONG_THUONG");
    expect(requiredAuthority("LOCATION", "NATIONAL", "CU_THE")).toBe("CUC");
    expect(requiredAuthority("STOP", "NATIONAL", "CU_THE")).toBe("BO_TRUONG");
    expect(requiredAuthority("FORCE_MAJEURE", "NATIONAL", "CU_THE")).toBe("CUC");
  });
  it("only the Sở's own decisions are not external", () => {
    expect(isExternalAuthority("SO_CONG_THUONG")).toBe(false);
    expect(isExternalAuthority("UBND_TINH")).toBe(true);
  });
});
