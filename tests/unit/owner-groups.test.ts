// Owner groups (issue 19): disjoint groups, and small cells hidden on public pages together with the next smallest
// so that a hidden one cannot be recovered from the total.
import { describe, expect, it } from "vitest";
import { ownerGroupOf, suppressSmallCells, type OwnerGroupCell } from "@/lib/metrics/owner-groups";

const cell = (group: OwnerGroupCell["group"], establishments: number): OwnerGroupCell => ({
  group,
  proposals: establishments,
  establishments,
  support: BigInt(establishments) * 100_000_000n,
});

describe("owner groups", () => {
  it("puts every establishment in exactly one group", () => {
    expect(ownerGroupOf({ womenOwned: true, ethnicMinorityOwned: true })).toBe("BOTH");
    expect(ownerGroupOf({ womenOwned: true, ethnicMinorityOwned: false })).toBe("WOMEN");
    expect(ownerGroupOf({ womenOwned: false, ethnicMinorityOwned: true })).toBe("ETHNIC");
    expect(ownerGroupOf({ womenOwned: false, ethnicMinorityOwned: false })).toBe("OTHER");
    expect(ownerGroupOf(null)).toBe("NONE");
  });

  it("hides a group of fewer than 3 establishments and the next smallest with it", () => {
    const shown = suppressSmallCells([cell("BOTH", 1), cell("WOMEN", 7), cell("ETHNIC", 4), cell("OTHER", 30)]);
    expect(shown.map((c) => [c.group, c.suppressed])).toEqual([
      ["BOTH", true],
      ["WOMEN", false],
      ["ETHNIC", true],
      ["OTHER", false],
      ["NONE", false],
    ]);
  });

  it("hides two small groups without a third; empty groups are never hidden; the centres' đề án only as the second", () => {
    const shown = suppressSmallCells([cell("BOTH", 2), cell("WOMEN", 1), cell("OTHER", 30), cell("NONE", 1)]);
    expect(shown.filter((c) => c.suppressed).map((c) => c.group)).toEqual(["BOTH", "WOMEN"]);
    expect(suppressSmallCells([cell("OTHER", 30)]).some((c) => c.suppressed)).toBe(false);
    const alone = suppressSmallCells([cell("WOMEN", 1), cell("NONE", 4)]);
    expect(alone.filter((c) => c.suppressed).map((c) => c.group)).toEqual(["WOMEN", "NONE"]);
    expect(suppressSmallCells([cell("WOMEN", 2)]).every((c) => c.suppressed)).toBe(true);
  });
});
