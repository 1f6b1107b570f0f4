import { formatDate } from "@/lib/dates";
import { money } from "@/components/funding/money";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

const dateWords = (d: Date) => `ngày ${String(d.getUTCDate()).padStart(2, "0")} tháng ${String(d.getUTCMonth() + 1).padStart(2, "0")} năm ${d.getUTCFullYear()}`;

/** The support contract (hợp đồng hỗ trợ) generated from the approved đề án, ready to print and sign. */
export function ContractDocument({ d }: { d: ImplementationDetail }) {
  const c = d.contract;
  if (!c) return null;
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 leading-relaxed text-slate-900 print:p-0" data-testid="contract-document">
      <header className="mb-6 text-center">
        <p className="font-semibold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="font-semibold">Độc lập - Tự do - Hạnh phúc</p>
        <p className="mt-4 text-xl font-bold">HỢP ĐỒNG HỖ TRỢ KINH PHÍ KHUYẾN CÔNG</p>
        <p>Số: {c.number}</p>
      </header>
      <p className="mb-2 italic">Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công (sửa đổi, bổ sung bởi Nghị định số 235/2025/NĐ-CP); Thông tư số 36/2013/TT-BCT của Bộ Công Thương; quyết định phê duyệt đề án khuyến công {d.code ? `mã số ${d.code}` : ""}{d.decidedAt ? ` ngày ${formatDate(d.decidedAt)}` : ""}.</p>
      <p className="mb-4">Hôm nay, {dateWords(new Date(c.signedAt))}, chúng tôi gồm:</p>
      <p><strong>Bên A (bên hỗ trợ):</strong> {c.partyA}</p>
      <p className="mb-4"><strong>Bên B (bên thụ hưởng):</strong> {c.partyB}{d.establishment?.taxCode ? `, mã số thuế ${d.establishment.taxCode}` : ""}{d.establishment?.address ? `, địa chỉ ${d.establishment.address}` : ""}{d.establishment?.representative ? `, đại diện ${d.establishment.representative}` : ""}.</p>
      <p className="mb-2">Hai bên thống nhất ký hợp đồng với các điều khoản sau:</p>
      <h2 className="mt-4 font-bold">Điều 1. Nội dung hỗ trợ</h2>
      <p>Bên A hỗ trợ Bên B thực hiện đề án “{d.title}” ({d.activity.name}){d.location ? ` tại ${d.location}` : d.communeName ? ` tại ${d.communeName}` : ""}, thời gian thực hiện từ {formatDate(d.startDate)} đến {formatDate(d.endDate)}.</p>
      <h2 className="mt-4 font-bold">Điều 2. Giá trị hỗ trợ và vốn đối ứng</h2>
      <p>Kinh phí khuyến công hỗ trợ: <strong>{money(c.amount)}</strong>. Tổng kinh phí đề án {money(d.totalCost)}; Bên B bảo đảm vốn đối ứng {money(d.counterpartPlanned)} và xuất trình chứng từ khi nghiệm thu.</p>
      <h2 className="mt-4 font-bold">Điều 3. Tạm ứng, thanh toán</h2>
      <p>{d.advance?.rule ? `Tạm ứng theo ${d.advance.rule.article}: ${d.advance.rule.condition}` : "Tạm ứng theo quy định hiện hành."} Tổng số tạm ứng trước khi nghiệm thu không vượt quá 70% giá trị hỗ trợ. Phần còn lại thanh toán sau khi nghiệm thu; kinh phí không sử dụng hết được hoàn trả.</p>
      <h2 className="mt-4 font-bold">Điều 4. Báo cáo, kiểm tra, nghiệm thu, quyết toán</h2>
      <p>Bên B báo cáo tiến độ hằng tháng trước ngày 25, kèm hình ảnh hiện trường; chịu sự kiểm tra, giám sát của Bên A. Nghiệm thu khi hoàn thành; hồ sơ thanh lý, quyết toán nộp trong vòng 15 ngày kể từ ngày nghiệm thu cuối cùng.</p>
      <h2 className="mt-4 font-bold">Điều 5. Cam kết</h2>
      <p>Bên B cam kết sử dụng kinh phí đúng mục đích, không đề nghị hỗ trợ trùng lặp cùng nội dung từ nguồn ngân sách khác, duy trì sử dụng máy móc, mô hình và lao động sau khi được hỗ trợ.</p>
      <div className="mt-10 grid grid-cols-2 text-center">
        <div><p className="font-bold">ĐẠI DIỆN BÊN A</p><p className="italic">(Ký, ghi rõ họ tên, đóng dấu)</p></div>
        <div><p className="font-bold">ĐẠI DIỆN BÊN B</p><p className="italic">(Ký, ghi rõ họ tên, đóng dấu)</p></div>
      </div>
    </article>
  );
}
