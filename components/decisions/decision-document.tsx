import type { DecisionDocument as Doc } from "@/lib/decisions/queries";
import { formatDate } from "@/lib/dates";
import { signatureHeading } from "@/lib/decisions/numbering";

// Layout of an administrative document per ND 30/2020/NĐ-CP (Phụ lục I): national emblem line, issuing
// agency, number and symbol, place and date, title, body, signature block (KT./TL./TUQ. when delegated).
export function DecisionDocument({ d }: { d: Doc }) {
  const day = new Date(d.decidedAt);
  const vnDate = new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(day);
  const part = (t: string) => vnDate.find((x) => x.type === t)?.value ?? "";
  const place = (d.provinceName ?? "").replace(/^Tỉnh |^Thành phố /, "");
  const principal = d.onBehalfOfName ? (d.principalTitle ?? "Giám đốc") : null;
  return (
    <article
      className="mx-auto max-w-3xl bg-white p-6 font-serif text-[15px] leading-relaxed text-black shadow print:shadow-none"
      data-testid="decision-document"
    >
      <header className="grid grid-cols-2 gap-4 text-center text-sm">
        <div>
          <p className="uppercase">{d.agencyName}</p>
          <p className="mt-1">Số: {d.number}</p>
        </div>
        <div>
          <p className="font-bold uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p className="mt-1 italic">
            {place}, ngày {part("day")} tháng {part("month")} năm {part("year")}
          </p>
        </div>
      </header>
      <h1 className="mt-8 text-center text-lg font-bold uppercase">
        {d.kind === "RETURN" ? "Thông báo" : "Quyết định"}
      </h1>
      <p className="text-center font-bold">{d.title.replace(/^(Quyết định|Thông báo) /, "")}</p>
      <section className="mt-6 space-y-3">
        {d.grounds.length > 0 && (
          <div className="italic" data-testid="decision-grounds">
            {d.grounds.map((g) => (
              <p key={g.citation}>
                Căn cứ {g.citation}
                {g.illustrative && !g.citation.includes("minh họa") ? " (minh họa)" : ""};
              </p>
            ))}
          </div>
        )}
        <p>
          Đề án: <strong>{d.proposal.title}</strong>
          {d.proposal.code && <> (mã hồ sơ {d.proposal.code})</>}.
        </p>
        {d.proposal.establishmentName && (
          <p>
            Cơ sở thụ hưởng: {d.proposal.establishmentName}
            {d.proposal.establishmentAddress && `, ${d.proposal.establishmentAddress}`}.
          </p>
        )}
        {d.kind === "APPROVE" && (
          <p>
            <strong>Điều 1.</strong> Phê duyệt hỗ trợ đề án từ kinh phí{" "}
            {d.proposal.fund === "KCQG" ? "khuyến công quốc gia" : "khuyến công địa phương"} năm {d.proposal.year}, mức
            hỗ trợ <strong>{d.proposal.supportFigures}</strong> (Bằng chữ: {d.proposal.supportWords}).
          </p>
        )}
        {d.kind === "REJECT" && (
          <p>
            <strong>Điều 1.</strong> Không phê duyệt hỗ trợ đề án nêu trên.
          </p>
        )}
        <p>
          <strong>{d.kind === "RETURN" ? "Lý do:" : "Điều 2. Lý do:"}</strong> {d.reason}
        </p>
        {d.supplement && (
          <>
            <p>Đề nghị cơ sở bổ sung, hoàn thiện các nội dung sau:</p>
            <ol className="list-decimal pl-6">
              {d.supplement.items.map((i, n) => (
                <li key={n}>{i}</li>
              ))}
            </ol>
            <p>
              Thời hạn nộp bổ sung: trước ngày <strong>{formatDate(d.supplement.deadline)}</strong>.
            </p>
          </>
        )}
      </section>
      <footer className="mt-10 grid grid-cols-2 gap-4 text-sm">
        <div>
          <p className="font-bold italic">Nơi nhận:</p>
          <p>- {d.proposal.establishmentName ?? "Đơn vị đề nghị"};</p>
          <p>- Lưu: VT, hồ sơ đề án.</p>
        </div>
        <div className="text-center">
          <p className="font-bold uppercase">{principal ? signatureHeading(d.signMode, principal) : "Người ký"}</p>
          {principal && <p className="font-bold uppercase">{d.signerTitle ?? ""}</p>}
          <p className="mt-16 font-bold">{d.signerName}</p>
          <p className="text-xs italic">(Văn bản điện tử tạo từ Cổng khuyến công)</p>
        </div>
      </footer>
    </article>
  );
}
