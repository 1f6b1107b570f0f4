// Vietnamese public holidays 2025–2026 (BLLĐ 2019 Art. 112: Tết Dương lịch 1 day, Tết Âm lịch 5 days,
// Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4, 1/5, Quốc khánh 2 days) with the days off the Government
// announced for state agencies. Only days that would otherwise be working days matter; weekend days of a
// break are listed too so the calendar can name them. Seeded into Holiday rows; admins correct them there
// (make-up Saturdays are not modelled: a working Saturday only makes us more lenient, never stricter).
export const VN_HOLIDAYS_2025_2026: ReadonlyArray<{ date: string; name: string }> = [
  { date: "2025-01-01", name: "Tết Dương lịch" },
  ...range("2025-01-25", 9, "Tết Nguyên đán Ất Tỵ"),
  { date: "2025-04-07", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2025-04-30", name: "Ngày Giải phóng miền Nam, thống nhất đất nước" },
  { date: "2025-05-01", name: "Ngày Quốc tế Lao động" },
  { date: "2025-05-02", name: "Nghỉ hoán đổi dịp 30/4–1/5" },
  { date: "2025-09-01", name: "Quốc khánh" },
  { date: "2025-09-02", name: "Quốc khánh" },
  { date: "2026-01-01", name: "Tết Dương lịch" },
  ...range("2026-02-14", 9, "Tết Nguyên đán Bính Ngọ"),
  { date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)" },
  { date: "2026-04-30", name: "Ngày Giải phóng miền Nam, thống nhất đất nước" },
  { date: "2026-05-01", name: "Ngày Quốc tế Lao động" },
  { date: "2026-09-01", name: "Quốc khánh (ngày liền kề, dự kiến)" },
  { date: "2026-09-02", name: "Quốc khánh" },
];

function range(start: string, days: number, name: string): Array<{ date: string; name: string }> {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => ({
    date: new Date(first + i * 86_400_000).toISOString().slice(0, 10),
    name,
  }));
}
