// Pure parts of SMS/Zalo: quiet hours and the daily cap in Vietnam's time, message texts, the ZNS limit.
import { describe, expect, it } from "vitest";
import { inQuietHours, nextVnHour, nextWindow, parseQuietHours, vnDayStart } from "@/lib/notifications/policy";
import { smsText, unaccent, znsParams } from "@/lib/notifications/channel-text";
import { fitZnsParams, ZNS_MAX_CHARS } from "@/lib/channels/zalo";
import { toMsisdn } from "@/lib/channels/types";
import { notices } from "@/lib/notifications/templates";

const quiet = parseQuietHours("21-7");
const at = (iso: string) => new Date(iso);

describe("quiet hours (Asia/Ho_Chi_Minh)", () => {
  it("21:00–07:00 Vietnam time is 14:00–00:00 UTC", () => {
    expect(inQuietHours(at("2026-12-03T13:59:00Z"), quiet)).toBe(false); // 20:59 in Hà Nội
    expect(inQuietHours(at("2026-12-03T14:00:00Z"), quiet)).toBe(true); // 21:00
    expect(inQuietHours(at("2026-12-03T23:59:00Z"), quiet)).toBe(true); // 06:59
    expect(inQuietHours(at("2026-12-04T00:00:00Z"), quiet)).toBe(false); // 07:00
    expect(inQuietHours(at("2026-12-03T14:00:00Z"), parseQuietHours(""))).toBe(false);
  });

  it("a message at night waits for 07:00; over the cap, for tomorrow's 07:00; else it goes now", () => {
    const policy = { quiet, dailyCap: 3 };
    expect(nextWindow(at("2026-12-03T15:30:00Z"), policy, 0)).toEqual(at("2026-12-04T00:00:00Z"));
    expect(nextWindow(at("2026-12-03T03:00:00Z"), policy, 3)).toEqual(at("2026-12-04T00:00:00Z"));
    expect(nextWindow(at("2026-12-03T03:00:00Z"), policy, 2)).toBeNull();
  });

  it("the Vietnamese day starts at 17:00 UTC the day before", () => {
    expect(vnDayStart(at("2026-12-03T16:59:00Z"))).toEqual(at("2026-12-02T17:00:00Z"));
    expect(vnDayStart(at("2026-12-03T17:00:00Z"))).toEqual(at("2026-12-03T17:00:00Z"));
    expect(nextVnHour(at("2026-12-03T00:00:00Z"), 7)).toEqual(at("2026-12-04T00:00:00Z"));
  });
});

describe("message texts", () => {
  const d = { code: "KC-2026-0042", title: "Ứng dụng máy chà nhám thùng tự động" };
  const n = notices.decided(d, true, "12/QĐ-SCT", "Đủ điều kiện", "/quyet-dinh/abc");

  it("SMS in Vietnamese without diacritics, or in English, with the link, within two segments", () => {
    expect(smsText(n, "vi", "https://kc.example.vn")).toBe(
      "KhuyenCong: De an duoc phe duyet: KC-2026-0042. Ly do: Du dieu kien https://kc.example.vn/quyet-dinh/abc",
    );
    const ret = notices.returned(
      d,
      ["03 báo giá", "Ảnh nhà xưởng"],
      "Thiếu",
      new Date("2026-12-20T00:00:00Z"),
      1,
      "/doanh-nghiep/ho-so/x",
    );
    expect(smsText(ret, "vi", "https://kc.example.vn")).toContain("Han bo sung 20/12/2026: 03 bao gia; Anh nha xuong");
    expect(smsText(n, "en", "https://kc.example.vn/")).toBe(
      "KhuyenCong: Your proposal was approved: KC-2026-0042 https://kc.example.vn/quyet-dinh/abc",
    );
    const long = { ...n, title: "Đ".repeat(1000) };
    expect(smsText(long, "vi", "https://kc.example.vn").length).toBeLessThanOrEqual(306);
    expect(unaccent("Đồng Tháp, Hải Dương")).toBe("Dong Thap, Hai Duong");
  });

  it("ZNS parameters fit the 400-character message, the link kept whole", () => {
    const params = znsParams({ ...n, title: "x".repeat(900) }, "vi", "https://kc.example.vn");
    const fitted = fitZnsParams(params);
    expect(Object.values(fitted).join("").length).toBeLessThanOrEqual(ZNS_MAX_CHARS);
    expect(fitted.lien_ket).toBe("https://kc.example.vn/quyet-dinh/abc");
    expect(fitted.ma_ho_so).toBe("KC-2026-0042");
  });

  it("phone numbers go to providers as 84…", () => {
    expect(toMsisdn("0912 000 001")).toBe("84912000001");
    expect(toMsisdn("+84912000001")).toBe("84912000001");
  });
});
