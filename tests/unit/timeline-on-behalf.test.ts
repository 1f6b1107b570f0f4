import { describe, expect, it } from "vitest";
import { onBehalfText } from "@/components/timeline/on-behalf";

describe("who acted for whom on a dossier timeline", () => {
  it("filing by staff for an establishment reads 'nộp thay cho'", () => {
    expect(onBehalfText({ action: "submit", onBehalfOfName: "Hộ kinh doanh Mộc Tiến Thành" })).toBe(
      "nộp thay cho Hộ kinh doanh Mộc Tiến Thành",
    );
    expect(onBehalfText({ action: "resubmit", onBehalfOfName: "HTX Gốm" })).toBe("nộp thay cho HTX Gốm");
  });

  it("a decision signed for the head of the agency names the form of signing (ND 30/2020 Art. 13)", () => {
    expect(onBehalfText({ action: "approve", onBehalfOfName: "Đỗ Thị Lan", signMode: "KY_THAY" })).toBe(
      "ký thay cho Đỗ Thị Lan",
    );
    expect(onBehalfText({ action: "reject", onBehalfOfName: "Đỗ Thị Lan", signMode: "THUA_LENH" })).toBe(
      "thừa lệnh Đỗ Thị Lan",
    );
    expect(onBehalfText({ action: "return", onBehalfOfName: "Đỗ Thị Lan", signMode: "UY_QUYEN" })).toBe(
      "thừa ủy quyền Đỗ Thị Lan",
    );
    // A plan approval signed under delegation has no per-dossier decision row: still a signature, never a filing.
    expect(onBehalfText({ action: "approve", onBehalfOfName: "Đỗ Thị Lan", signMode: null })).toBe(
      "ký thay cho Đỗ Thị Lan",
    );
    expect(onBehalfText({ action: "approve", onBehalfOfName: "Đỗ Thị Lan", signMode: "THUA_LENH" }, "en")).toBe(
      "by order of Đỗ Thị Lan",
    );
  });

  it("nothing when nobody acted for anybody", () => {
    expect(onBehalfText({ action: "approve", onBehalfOfName: null, signMode: "DIRECT" })).toBeNull();
  });
});
