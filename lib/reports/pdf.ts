import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { PageWriter } from "@/lib/documents/pdf-layout";
import { agencyIssuer, heading, vnDateLine } from "@/lib/documents/decree30";
import type { ReportSpec } from "@/lib/reports/periodic";
import type { Cell, ReportTable } from "@/lib/reports/table";

// The periodic report as a PDF (issue 16): Decree 30's heading (governing body over the department, motto, place and
// date), the title and legal basis, the scope and cut-off, then every table of the report with the embedded
// Vietnamese font. It is the department's draft for the leader to sign in the province's document system: the
// portal does not sign it (figures may still be corrected until the cut-off passes), and says so at the foot.

function cellText(c: Cell, kind: string): string {
  if (c === null || c === undefined) return "—";
  if (typeof c === "number") {
    if (kind === "money") return `${c.toLocaleString("vi-VN")} đ`;
    if (kind === "percent") return `${(c * 100).toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`;
    return c.toLocaleString("vi-VN");
  }
  return c;
}

export async function renderReportPdf(
  actor: Actor,
  spec: ReportSpec,
  meta: { scope: string; cutoff: string; illustrative: boolean },
  tables: ReportTable[],
  at = new Date(),
): Promise<Buffer> {
  const db = await getDb();
  const agency = actor.agencyId
    ? await db.agency.findUnique({
        where: { id: actor.agencyId },
        select: { name: true, province: { select: { name: true } } },
      })
    : null;
  const who = agencyIssuer(
    agency?.name ?? "Sở Công Thương",
    agency?.province?.name ?? null,
    actor.role === "MINISTRY_VIEWER",
  );
  const w = await PageWriter.create(spec.title);
  w.newPage();
  heading(w, who, "Số:      /BC-SCT", vnDateLine(at, who.place));
  w.text("BÁO CÁO", { style: "bold", size: 14, align: "center", after: 0 });
  w.text(spec.title.replace(/^Báo cáo\s+/i, ""), { style: "bold", size: 13, align: "center", after: 6 });
  if (spec.basis) w.text(`Căn cứ: ${spec.basis}.`, { style: "italic", size: 12, after: 2 });
  w.text(`Phạm vi: ${meta.scope}. Số liệu đến ngày ${meta.cutoff}.`, { size: 12, after: 2 });
  if (spec.note) w.text(spec.note, { size: 11, style: "italic", after: 4 });
  if (meta.illustrative)
    w.text("GỒM SỐ LIỆU MINH HỌA: không dùng để báo cáo chính thức.", { style: "bold", size: 12, after: 4 });
  for (const t of tables) {
    w.room(60);
    w.text(t.title, { style: "bold", size: 12, after: 2 });
    const total = t.columns.reduce((s, c) => s + (c.width ?? 14), 0);
    w.table(
      t.columns.map((c) => ({
        title: c.header,
        width: (c.width ?? 14) / total,
        align: c.kind === "text" ? "left" : "right",
      })),
      t.rows.map((r) => r.map((c, i) => cellText(c, t.columns[i]?.kind ?? "text"))),
      9.5,
    );
    if (t.note) w.text(t.note, { size: 10, style: "italic", after: 2 });
    w.y -= 6;
  }
  w.room(40);
  w.text(
    "Bản PDF do Cổng khuyến công lập từ số liệu trên cổng tại thời điểm tải về; lãnh đạo ký ban hành trên hệ thống quản lý văn bản của tỉnh.",
    { size: 10, style: "italic" },
  );
  return Buffer.from(await w.doc.save());
}
