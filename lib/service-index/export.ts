import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { ReportTable } from "@/lib/reports/table";
import { isoToVn } from "@/lib/reports/csv";
import { monthLabel, monthsEnding, SATISFIED_FROM } from "@/lib/metrics/service-index";
import { serviceIndex, serviceIndexDossiers, type IndexRow } from "@/lib/service-index";
import type { IndexParams } from "@/lib/service-index/params";

// The service index as a workbook (issue 20): the table as the page shows it (shares as numbers Excel formats as
// percentages, with numerators and denominators beside them), and for one month the dossiers behind each figure.

const day = (d: Date | null | undefined) =>
  d ? isoToVn(new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)) : null;

export async function serviceIndexWorkbookTables(
  actor: Actor,
  p: IndexParams,
): Promise<{ tables: ReportTable[]; illustrative: boolean; title: string }> {
  const history = p.agencyId !== null;
  const data = await serviceIndex(actor, {
    months: history ? monthsEnding(p.month, 12) : [p.month],
    illustrative: p.illustrative,
    agencyId: p.agencyId ?? undefined,
  });
  const mark = (illustrative: boolean) => (illustrative ? " (minh họa)" : "");
  const index: ReportTable = {
    sheet: "Chỉ số",
    title: "Chỉ số phục vụ người dân, doanh nghiệp (từ dữ liệu của cổng)",
    note: "Không phải điểm chính thức của Bộ Chỉ số theo QĐ 766/QĐ-TTg. Tỷ lệ = tử số / mẫu số; ô trống: không tính được.",
    columns: [
      { header: "Tháng", kind: "text", width: 10 },
      { header: "Cơ quan", kind: "text" },
      { header: "Thời hạn giải quyết (ngày làm việc)", kind: "text", width: 16 },
      { header: "Đúng hạn (tỷ lệ)", kind: "percent" },
      { header: "Đúng hạn / có kết quả", kind: "text", width: 14 },
      { header: "Trực tuyến (tỷ lệ)", kind: "percent" },
      { header: "Trực tuyến / nộp mới", kind: "text", width: 14 },
      { header: "Số hóa kết quả (tỷ lệ)", kind: "percent" },
      { header: "Số hóa / có quyết định", kind: "text", width: 14 },
      { header: `Hài lòng ${SATISFIED_FROM}–5 điểm (tỷ lệ)`, kind: "percent" },
      { header: "Hài lòng / lượt đánh giá", kind: "text", width: 14 },
      { header: "Điểm TB", kind: "decimal", width: 10 },
    ],
    rows: data.rows.map((r: IndexRow) => [
      monthLabel(r.month),
      r.agency.name,
      r.agency.limit === null ? "Chưa khai báo" : `${r.agency.limit}${mark(r.agency.illustrative)}`,
      r.timeliness?.rate ?? null,
      r.timeliness ? `${r.timeliness.num}/${r.timeliness.den}` : null,
      r.online.rate,
      `${r.online.num}/${r.online.den}`,
      r.digitised.rate,
      `${r.digitised.num}/${r.digitised.den}`,
      r.satisfaction?.rate ?? null,
      r.satisfaction ? `${r.satisfaction.num}/${r.satisfaction.den}` : "ẩn (dưới 3 lượt)",
      r.satisfaction?.average ?? null,
    ]),
  };
  const tables = [index];
  if (!history) {
    const groups = [
      { group: "timeliness", sheet: "Đúng hạn", verdict: ["Trễ hạn", "Đúng hạn"] },
      { group: "online", sheet: "Trực tuyến", verdict: ["Tại bộ phận một cửa", "Trực tuyến"] },
      { group: "digitised", sheet: "Số hóa", verdict: ["Chưa ký số", "Văn bản điện tử ký số"] },
    ] as const;
    for (const g of groups) {
      const rows: ReportTable["rows"] = [];
      for (const r of data.rows) {
        const list = await serviceIndexDossiers(actor, {
          agencyId: r.agency.id,
          month: p.month,
          group: g.group,
          illustrative: p.illustrative,
          limit: Number.MAX_SAFE_INTEGER,
        });
        for (const l of list.lines)
          rows.push([
            r.agency.name,
            l.code ?? "",
            `${l.title}${mark(l.fictional)}`,
            day(l.startAt ?? null),
            day(l.at),
            l.taken ?? null,
            l.ok === null ? "Không xác định" : g.verdict[l.ok ? 1 : 0],
          ]);
      }
      tables.push({
        sheet: g.sheet,
        title: `Hồ sơ phía sau chỉ số "${g.sheet}" — tháng ${monthLabel(p.month)}`,
        columns: [
          { header: "Cơ quan", kind: "text" },
          { header: "Mã hồ sơ", kind: "text", width: 24 },
          { header: "Tên đề án", kind: "text", width: 50 },
          { header: "Nộp (lần cuối)", kind: "text", width: 14 },
          { header: g.group === "online" ? "Nộp lần đầu" : "Có kết quả", kind: "text", width: 14 },
          { header: "Ngày làm việc", kind: "int", width: 12 },
          { header: "Đánh giá", kind: "text", width: 22 },
        ],
        rows,
      });
    }
  }
  const title = history
    ? `Chỉ số phục vụ — ${data.rows[0]?.agency.name ?? ""} — 12 tháng đến ${monthLabel(p.month)}`
    : `Chỉ số phục vụ — tháng ${monthLabel(p.month)}`;
  return { tables, illustrative: data.illustrative, title };
}
