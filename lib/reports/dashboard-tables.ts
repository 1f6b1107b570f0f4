import { OWNER_GROUPS, OWNER_GROUP_LABEL } from "@/lib/metrics/owner-groups";
import type { DashboardDto } from "@/lib/dashboard/dto";
import { bpCell, vndCell, type Cell, type ReportTable } from "@/lib/reports/table";

// Every table of the dashboard as a report table, from the same DTO the page renders (same numbers).
function scaled(value: string | null, isMoney: boolean, valueScale: number): number | null {
  if (value === null) return null;
  return isMoney ? vndCell(value) : Number(value) / valueScale;
}

export function dashboardTables(d: DashboardDto): ReportTable[] {
  const prev = d.previousPeriod?.label ?? "trước";
  const indicators: ReportTable = {
    sheet: "Chỉ tiêu",
    title: `Mục tiêu và kết quả giai đoạn ${d.period.label}`,
    note: "Tiền tính bằng đồng. Cột 'nguyên văn' và 'hiển thị' giữ từ 'trên', 'khoảng' của nguồn. Toàn quốc: không cộng số liệu của các tỉnh khác giai đoạn (xem cột 'Theo tỉnh').",
    columns: [
      { header: "Mã", kind: "text", width: 16 },
      { header: "Chỉ tiêu", kind: "text", width: 50 },
      { header: "Đơn vị", kind: "text", width: 12 },
      { header: "Mục tiêu", kind: "decimal" },
      { header: "Mục tiêu (nguyên văn)", kind: "text", width: 28 },
      { header: "Thực hiện", kind: "decimal" },
      { header: "Thực hiện (hiển thị)", kind: "text", width: 24 },
      { header: "Theo tỉnh", kind: "text", width: 40 },
      { header: "Tỷ lệ đạt", kind: "percent", width: 12 },
      { header: "Đánh giá", kind: "text", width: 18 },
      { header: `Giai đoạn ${prev}`, kind: "decimal" },
      { header: "Nguồn", kind: "text", width: 40 },
    ],
    rows: d.indicators.map((r) => [
      r.code,
      r.name,
      r.isMoney ? "đồng" : r.unit,
      r.target ? scaled(r.target.value, r.isMoney, r.valueScale) : null,
      r.target ? r.target.display : null,
      r.actual.hasData ? scaled(r.actual.value, r.isMoney, r.valueScale) : null,
      r.actual.display,
      r.series?.map((x) => `${x.province} (${x.period}): ${x.display}`).join("; ") || null,
      bpCell(r.percentBp),
      r.statusLabel,
      r.previous?.hasData ? scaled(r.previous.value, r.isMoney, r.valueScale) : null,
      r.target?.sources.join("; ") ?? null,
    ]),
  };
  const budgetRows = [...d.budget.rows, d.budget.total];
  const budget: ReportTable = {
    sheet: "Kinh phí",
    title: `Thực hiện kinh phí giai đoạn ${d.period.label}`,
    note: d.illustrative
      ? "Đơn vị: đồng. GỒM đề án có số tiền MINH HỌA (không phải số liệu công bố)."
      : "Đơn vị: đồng. Số liệu chính thức: không gồm đề án có số tiền minh họa. Giải ngân/cam kết trống = chưa có số liệu.",
    columns: [
      { header: "Năm", kind: "text", width: 10 },
      { header: "Nguồn", kind: "text", width: 10 },
      { header: "Số đề án", kind: "int", width: 10 },
      { header: "Dự toán giao", kind: "money" },
      { header: "Cam kết", kind: "money" },
      { header: "Giải ngân", kind: "money" },
      { header: "Quyết toán", kind: "money" },
      { header: "Vốn đối ứng", kind: "money" },
      { header: "Giải ngân / cam kết", kind: "text", width: 14 },
      { header: "Hệ số đối ứng theo kế hoạch", kind: "text", width: 16 },
      { header: "Hệ số đối ứng đã chứng minh", kind: "text", width: 16 },
    ],
    rows: budgetRows.map((r) => [
      r.year === null ? "Tổng cộng" : String(r.year),
      r.fund ?? "",
      r.count,
      vndCell(r.planned),
      vndCell(r.committed),
      vndCell(r.disbursed),
      vndCell(r.settled),
      vndCell(r.counterpart),
      r.disbursementRate === "—" ? "chưa có số liệu" : r.disbursementRate,
      r.leverage,
      r.leverageDocumented,
    ]),
  };
  const breakdown = (sheet: string, title: string, rows: DashboardDto["categories"]): ReportTable => ({
    sheet,
    title,
    note: "Đơn vị: đồng.",
    columns: [
      { header: sheet === "Theo địa bàn" ? "Địa bàn" : "Nội dung", kind: "text" },
      { header: "Gồm đơn vị cũ", kind: "text" },
      { header: "Số đề án", kind: "int", width: 10 },
      { header: "Cam kết", kind: "money" },
      { header: "Giải ngân", kind: "money" },
      { header: "Vốn đối ứng", kind: "money" },
    ],
    rows: rows.map((r) => [
      r.label,
      r.historic.join("; ") || null,
      r.count,
      vndCell(r.committed),
      vndCell(r.disbursed),
      vndCell(r.counterpart),
    ]),
  });
  const communeResults: ReportTable = {
    sheet: "Kết quả theo địa bàn",
    title: "Kết quả theo địa bàn (đơn vị cũ tính vào đơn vị kế thừa)",
    columns: [
      { header: "Địa bàn hiện nay", kind: "text" },
      { header: "Gồm đơn vị cũ", kind: "text" },
      { header: "Chỉ tiêu", kind: "text" },
      { header: "Kết quả", kind: "decimal" },
    ],
    rows: d.communeResults.map((r) => [r.label, r.historic.join("; ") || null, r.indicatorName, Number(r.value)]),
  };
  const products: ReportTable = {
    sheet: "Sản phẩm tiêu biểu",
    title: "Sản phẩm CNNT tiêu biểu được công nhận",
    columns: [
      { header: "Cấp", kind: "text" },
      { header: "Số sản phẩm", kind: "int" },
      { header: "Chứng nhận còn hiệu lực", kind: "int" },
    ],
    rows: d.products.map((p) => [p.label, p.total, p.valid]),
  };
  const fundLines = [d.fundsByActivity.current, d.fundsByActivity.previous].flatMap((f) =>
    f
      ? [
          ...f.rows.map((r): Cell[] => [f.label, r.label, vndCell(r.value)]),
          [f.label, "Cộng các nội dung được nêu", vndCell(f.itemised.value)],
          ...(f.unallocated
            ? [[f.label, "Chưa phân bổ / khác (nguồn không nêu chi tiết)", vndCell(f.unallocated.value)] as Cell[]]
            : []),
          ...(f.total ? [[f.label, "Tổng kinh phí", vndCell(f.total.value)] as Cell[]] : []),
        ]
      : [],
  );
  const funds: ReportTable = {
    sheet: "Kinh phí theo nội dung",
    title: "Kinh phí theo nội dung hoạt động (số liệu công bố)",
    note: "Đơn vị: đồng. Phần nguồn không nêu chi tiết ghi là 'chưa phân bổ / khác'.",
    columns: [
      { header: "Giai đoạn", kind: "text", width: 14 },
      { header: "Nội dung", kind: "text", width: 60 },
      { header: "Kinh phí", kind: "money" },
    ],
    rows: fundLines,
  };
  const owners: ReportTable = {
    sheet: "Theo nhóm chủ sở hữu",
    title: "Đề án, cơ sở và kinh phí theo nhóm chủ sở hữu, theo ngành nghề",
    note: `Đơn vị: đồng. Các nhóm chủ sở hữu không trùng nhau, cộng lại bằng tổng. Mục tiêu không giao theo nhóm.${d.illustrative ? " GỒM đề án có số tiền MINH HỌA (không phải số liệu công bố)." : " Không gồm đề án có số tiền minh họa."}`,
    columns: [
      { header: "Phân nhóm", kind: "text", width: 20 },
      { header: "Nhóm", kind: "text", width: 44 },
      { header: "Số đề án", kind: "int", width: 10 },
      { header: "Số cơ sở", kind: "int", width: 10 },
      { header: "Kinh phí hỗ trợ", kind: "money" },
    ],
    rows: !d.owners
      ? []
      : [
          ...[...d.owners.groups, d.owners.total].map((g): Cell[] => [
            "Chủ sở hữu",
            g.label,
            g.proposals,
            g.establishments,
            vndCell(g.support),
          ]),
          ...d.owners.industries.map((i): Cell[] => [
            "Ngành nghề",
            i.label,
            i.proposals,
            i.establishments,
            vndCell(i.support),
          ]),
        ],
  };
  const ownerResults: ReportTable = {
    sheet: "Kết quả theo nhóm chủ",
    title: "Kết quả nghiệm thu theo nhóm chủ sở hữu",
    columns: [
      { header: "Chỉ tiêu", kind: "text", width: 44 },
      { header: "Đơn vị", kind: "text", width: 10 },
      ...OWNER_GROUPS.map((g) => ({ header: OWNER_GROUP_LABEL[g].vi, kind: "decimal" as const })),
      { header: "Tổng", kind: "decimal" },
    ],
    rows: (d.owners?.results ?? []).map((r): Cell[] => [
      r.name,
      r.unit,
      ...OWNER_GROUPS.map((g) => Number(r.byGroup[g] ?? 0)),
      Number(r.total),
    ]),
  };
  return [
    indicators,
    budget,
    breakdown("Theo nội dung", "Theo nội dung hoạt động", d.categories),
    breakdown("Theo địa bàn", "Theo địa bàn", d.communes),
    communeResults,
    products,
    funds,
    owners,
    ownerResults,
  ];
}
