import { describe, expect, it } from "vitest";
import { numberInWords, vndInWords } from "@/lib/money-words";

describe("amounts in Vietnamese words (Bằng chữ)", () => {
  it.each([
    [0n, "Không đồng"],
    [5n, "Năm đồng"],
    [10n, "Mười đồng"],
    [11n, "Mười một đồng"],
    [14n, "Mười bốn đồng"],
    [15n, "Mười lăm đồng"],
    [20n, "Hai mươi đồng"],
    [21n, "Hai mươi mốt đồng"],
    [24n, "Hai mươi tư đồng"],
    [25n, "Hai mươi lăm đồng"],
    [100n, "Một trăm đồng"],
    [105n, "Một trăm linh năm đồng"],
    [111n, "Một trăm mười một đồng"],
    [1_005n, "Một nghìn không trăm linh năm đồng"],
    [1_015n, "Một nghìn không trăm mười lăm đồng"],
    [10_000n, "Mười nghìn đồng"],
    [1_000_000n, "Một triệu đồng"],
    [250_000_000n, "Hai trăm năm mươi triệu đồng"],
    [280_000_000n, "Hai trăm tám mươi triệu đồng"],
    [190_500_000n, "Một trăm chín mươi triệu năm trăm nghìn đồng"],
    [1_000_000_000n, "Một tỷ đồng"],
    [1_000_500_000n, "Một tỷ năm trăm nghìn đồng"],
    [1_050_000_000n, "Một tỷ không trăm năm mươi triệu đồng"],
    [2_170_000_000n, "Hai tỷ một trăm bảy mươi triệu đồng"],
    [27_872_000_000n, "Hai mươi bảy tỷ tám trăm bảy mươi hai triệu đồng"],
    [38_000_000_001n, "Ba mươi tám tỷ không trăm linh một đồng"],
    [1_000_000_000_000n, "Một nghìn tỷ đồng"],
  ])("%s → %s", (n, words) => {
    expect(vndInWords(n)).toBe(words);
  });

  it("reads negative amounts (refunds) and refuses absurd sizes", () => {
    expect(numberInWords(-1_500n)).toBe("Âm một nghìn năm trăm");
    expect(() => numberInWords(10n ** 30n)).toThrow(RangeError);
  });
});
