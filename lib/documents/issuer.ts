// Pure pieces of Decree 30/2020/NĐ-CP's layout shared by the PDFs (decree30.ts) and the HTML views
// (components/documents): who issues, the place-and-date line, the signer's heading. No I/O.

/** Who issues: governing body ("UBND TỈNH PHÚ THỌ"), issuing body ("SỞ CÔNG THƯƠNG"), place, head's title. */
export type Issuer = { governing: string | null; body: string; place: string; head: string; name: string };

/** "Phú Thọ, ngày 03 tháng 12 năm 2026" (Vietnam's calendar day; day and month with two digits). */
export function vnDateLine(when: string | Date, place: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).formatToParts(new Date(when));
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? "";
  return `${place}, ngày ${p("day")} tháng ${p("month")} năm ${p("year")}`;
}

/** "ngày 03 tháng 12 năm 2026" for a calendar date stored as UTC midnight (contracts, minutes). */
export function dayWords(day: string | Date): string {
  const d = new Date(day);
  return `ngày ${String(d.getUTCDate()).padStart(2, "0")} tháng ${String(d.getUTCMonth() + 1).padStart(2, "0")} năm ${d.getUTCFullYear()}`;
}

/** The issuer of a province's department (or of the ministry): names as Decree 30 prints them. */
export function agencyIssuer(agencyName: string, provinceName: string | null, ministry = false): Issuer {
  if (ministry)
    return {
      governing: null,
      body: "BỘ CÔNG THƯƠNG",
      place: "Hà Nội",
      head: "BỘ TRƯỞNG BỘ CÔNG THƯƠNG",
      name: "Bộ Công Thương",
    };
  const province = (provinceName ?? "").replace(/^(tỉnh|thành phố|Tỉnh|Thành phố)\s+/, "");
  const body = agencyName.replace(/\s+(tỉnh|thành phố)\s+.*$/i, "").toUpperCase();
  return {
    governing: province ? `UBND TỈNH ${province.toUpperCase()}` : null,
    body,
    place: province || "……",
    head: `GIÁM ĐỐC ${body}`,
    name: agencyName,
  };
}

/**
 * The signature heading of an official signing for the head of the body (ND 30/2020 Art. 13): a deputy signs
 * "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"; the head signs "GIÁM ĐỐC"; no title → the head's title.
 */
export function officialHeading(title: string | null, who: Issuer): string[] {
  if (!title) return [who.head];
  const short = title.replace(/\s+(Sở|Trung tâm|Bộ|Cục|Phòng)\s.*$/u, "").trim();
  const deputy = /^Phó\s+(.+)$/iu.exec(short);
  if (deputy) return [`KT. ${deputy[1]!.toUpperCase()}`, short.toUpperCase()];
  return [short.toUpperCase()];
}
