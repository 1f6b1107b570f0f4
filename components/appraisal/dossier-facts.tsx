import type { Workspace } from "@/lib/appraisal/workspace";
import { formatDate } from "@/lib/dates";

/** The dossier at a glance: who, where, what, how much, with its budget lines and attachments. */
export function DossierFacts({ p }: { p: Workspace["proposal"] }) {
  const row = (k: string, v: React.ReactNode) => (<div className="grid grid-cols-3 gap-2 py-1"><dt className="text-slate-600">{k}</dt><dd className="col-span-2">{v}</dd></div>);
  return (
    <div className="text-sm">
      <dl className="divide-y divide-slate-100">
        {row("Nội dung hoạt động", `${p.activityCategory.name} (nội dung ${p.activityCategory.contentNo})`)}
        {row("Cơ sở thụ hưởng", p.establishment ? <>{p.establishment.name}{p.establishment.taxCode && ` · MST ${p.establishment.taxCode}`}<br />{p.establishment.address}</> : "—")}
        {row("Xã / phường", p.commune?.name ?? "—")}
        {row("Nguồn, năm", `${p.fund === "KCQG" ? "Khuyến công quốc gia" : "Khuyến công địa phương"} ${p.year} · ${p.pipeline === "NATIONAL" ? "quy trình quốc gia (thẩm định cơ sở, Bộ thẩm định)" : "quy trình địa phương"}`)}
        {row("Mục tiêu", p.objectives || "—")}
        {row("Tổng kinh phí", p.totalCost)}
        {row("Đề nghị hỗ trợ", <strong>{p.requestedSupport}</strong>)}
        {row("Vốn đối ứng", p.counterpart)}
        {p.approvedSupport && row("Được phê duyệt", <strong>{p.approvedSupport}</strong>)}
        {p.plan && row("Kế hoạch", `${p.plan.name}${p.batch ? ` · ${p.batch.name}` : ""}`)}
      </dl>
      <h3 className="mt-4 font-semibold">Dự toán</h3>
      <div className="overflow-x-auto">
        <table className="mt-1 w-full text-left">
          <thead><tr className="text-slate-600"><th scope="col" className="py-1">Khoản chi</th><th scope="col">SL</th><th scope="col">Thành tiền</th><th scope="col">Đề nghị hỗ trợ</th></tr></thead>
          <tbody>{p.budgetLines.map((l, i) => (
            <tr key={i} className="border-t border-slate-100"><td className="py-1">{l.item}</td><td>{l.quantity} {l.unit}</td><td className="tabular-nums">{l.total}</td><td className="tabular-nums">{l.requestedSupport}</td></tr>
          ))}</tbody>
        </table>
      </div>
      <h3 className="mt-4 font-semibold">Tài liệu đính kèm</h3>
      {p.documents.length === 0 ? <p className="text-slate-600">Không có tài liệu.</p> : (
        <ul className="list-disc pl-5">{p.documents.map((d) => (
          <li key={d.id}><a className="text-brand-700 underline" href={`/doanh-nghiep/ho-so/${p.id}/tai-lieu/${d.id}`}>{d.fileName}</a> <span className="text-slate-600">· {formatDate(d.createdAt)}</span></li>
        ))}</ul>
      )}
    </div>
  );
}
