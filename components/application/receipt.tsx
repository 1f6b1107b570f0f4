import type { ProposalDetail } from "@/lib/applications/dto";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { vndFullFigures, vndInWords } from "@/lib/money-words";
import { KIND_LABELS } from "@/components/application/document-kinds";

/** Giấy tiếp nhận hồ sơ: printable (the site chrome is hidden by .no-print). */
export function Receipt({ d, lookupUrl }: { d: ProposalDetail; lookupUrl: string }) {
  return (
    <article
      className="mx-auto max-w-2xl rounded-lg border border-slate-300 bg-white p-6 print:border-0 print:p-0"
      data-testid="receipt"
    >
      <header className="text-center">
        <p className="font-semibold uppercase">{d.agency}</p>
        <h1 className="mt-3 text-xl font-semibold uppercase">Giấy tiếp nhận hồ sơ đề án khuyến công</h1>
        <p className="mt-2 text-lg">
          Mã hồ sơ:{" "}
          <b className="tabular-nums" data-testid="receipt-code">
            {d.code}
          </b>
        </p>
      </header>
      <dl className="mt-6 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]">
        <dt className="text-slate-600">Cơ sở đề nghị</dt>
        <dd>{d.establishment}</dd>
        <dt className="text-slate-600">Tên đề án</dt>
        <dd>{d.title}</dd>
        <dt className="text-slate-600">Nội dung</dt>
        <dd>{d.activity}</dd>
        <dt className="text-slate-600">Thời điểm nộp</dt>
        <dd>{formatDateTime(d.submittedAt)}</dd>
        <dt className="text-slate-600">Tổng chi phí</dt>
        <dd>{formatMoney(BigInt(d.totalCost))}</dd>
        <dt className="text-slate-600">Đề nghị hỗ trợ</dt>
        <dd>
          {formatMoney(BigInt(d.requestedSupport))}{" "}
          <span className="text-slate-600">
            ({vndFullFigures(BigInt(d.requestedSupport))} — Bằng chữ: {vndInWords(BigInt(d.requestedSupport))})
          </span>
        </dd>
        <dt className="text-slate-600">Hình thức</dt>
        <dd>{d.assisted ? "Nộp qua cán bộ tiếp nhận" : "Nộp trực tuyến"}</dd>
      </dl>
      <h2 className="mt-6 font-semibold">Tài liệu đã nhận ({d.documents.length})</h2>
      <ol className="mt-1 list-decimal pl-6 text-sm">
        {d.documents.map((doc) => (
          <li key={doc.id}>
            {KIND_LABELS[doc.kind] ?? doc.kind}: {doc.fileName}
          </li>
        ))}
      </ol>
      <p className="mt-6 text-sm">
        Tra cứu tình trạng hồ sơ bằng mã trên tại <b>{lookupUrl}</b> (không cần đăng nhập). Ngày in:{" "}
        {formatDate(new Date())}.
      </p>
      <p className="mt-2 text-xs text-slate-600">
        Mã hồ sơ theo cấu trúc của Điều 19 Thông tư 01/2018/TT-VPCP: mã cơ quan tiếp nhận – ngày nhận (YYMMDD) – số thứ
        tự trong ngày.
      </p>
    </article>
  );
}
