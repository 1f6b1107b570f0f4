import { describe, expect, it } from "vitest";
import { toSearchText } from "@/lib/text";
import { formatDate, parseDate } from "@/lib/dates";

describe("accent-insensitive search keys", () => {
  it("folds Vietnamese diacritics and đ", () => {
    expect(toSearchText("Hỗ trợ máy móc thiết bị", "Đông Anh")).toBe("ho tro may moc thiet bi dong anh");
    expect(toSearchText("may moc")).toBe("may moc");
  });
});

describe("dates DD/MM/YYYY in Vietnam's time zone", () => {
  it("formats and parses", () => {
    expect(formatDate(new Date("2025-10-14T18:00:00Z"))).toBe("15/10/2025");
    expect(parseDate("15/10/2025")?.toISOString()).toBe("2025-10-15T00:00:00.000Z");
    expect(parseDate("31/02/2025")).toBeNull();
  });
});
