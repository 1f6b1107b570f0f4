import { formatDate } from "@/lib/dates";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

type Acceptance = ImplementationDetail["acceptances"][number];

/** Biên bản nghiệm thu (Mẫu 5a/5b style): what was achieved, in indicator terms. */
export function AcceptanceMinutes({ d, a }: { d: ImplementationDetail; a: Acceptance }) {
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 leading-relaxed print:p-0" data-testid="acceptance-minutes">
      <header className="mb-6 text-center">
        <p className="font-semibold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="font-semibold">Độc lập - Tự do - Hạnh phúc</p>
        <p className="mt-4 text-xl font-bold">BIÊN BẢN NGHIỆM THU {a.kind === "BASE" ? "CƠ SỞ" : "HOÀN THÀNH"}</p>
        <p>Số: {a.minutesNo} — ngày {formatDate(a.acceptedAt)}</p>
      </header>
      <p>Đề án: “{d.title}” {d.code ? `(mã ${d.code})` : ""}</p>
      <p>Hợp đồng hỗ trợ: {d.contract ? `số ${d.contract.number} ngày ${formatDate(d.contract.signedAt)}` : "—"}</p>
      <p>Đơn vị thụ hưởng: {d.establishment?.name ?? d.implementingUnit ?? "—"}</p>
      <p className="mb-4">Cơ quan chủ trì nghiệm thu: {d.agencyName}</p>
      <h2 className="font-bold">Kết quả đạt được</h2>
      <table className="my-2 w-full border-collapse text-sm">
        <thead><tr><th className="border p-2 text-left">Chỉ tiêu</th><th className="border p-2 text-right">Kết quả</th><th className="border p-2 text-left">Đơn vị</th></tr></thead>
        <tbody>{a.results.map((r) => <tr key={r.code}><td className="border p-2">{r.name}</td><td className="border p-2 text-right">{r.value}</td><td className="border p-2">{r.unit}</td></tr>)}</tbody>
      </table>
      {a.note && <p className="mt-2">Kết luận: {a.note}</p>}
      {a.doubleFundingFlag && <p className="mt-2 font-semibold text-red-800">Lưu ý: phát hiện hạng mục trùng với đề án khác đã được hỗ trợ cho cùng cơ sở; đề nghị làm rõ trước khi thanh toán.</p>}
      <div className="mt-10 grid grid-cols-3 text-center text-sm">
        <div><p className="font-bold">ĐẠI DIỆN CƠ QUAN NGHIỆM THU</p></div>
        <div><p className="font-bold">ĐƠN VỊ THỰC HIỆN</p></div>
        <div><p className="font-bold">ĐƠN VỊ THỤ HƯỞNG</p></div>
      </div>
    </article>
  );
}
