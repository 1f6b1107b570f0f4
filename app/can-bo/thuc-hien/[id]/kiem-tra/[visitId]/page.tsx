import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { orNotFound } from "@/lib/applications/or-not-found";
import { getVisitMinutes } from "@/lib/field/visits";
import { routes } from "@/lib/routes";
import { formatDate } from "@/lib/dates";
import { PrintButton } from "@/components/implementation/print-button";
import { translator } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: "Biên bản kiểm tra" };

const TZ = "Asia/Ho_Chi_Minh";
const when = new Intl.DateTimeFormat("vi-VN", {
  timeZone: TZ,
  hour: "2-digit",
  minute: "2-digit",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour12: false,
});
const coord = (v: number) => v.toLocaleString("vi-VN", { minimumFractionDigits: 5, maximumFractionDigits: 5 });

/** The printed minutes of a visit (issue 19): findings, conclusion, and each photo stamped with its time and place. */
export default async function VisitMinutesPage({ params }: { params: Promise<{ id: string; visitId: string }> }) {
  const actor = await requireActor("proposal.viewAgency");
  const { id, visitId } = await params;
  const m = await orNotFound(getVisitMinutes(actor, id, visitId));
  const locale = await getLocale();
  const v = m.visit;
  return (
    <>
      <p className="no-print mb-4 flex flex-wrap gap-3 print:hidden">
        <Link className="text-brand-700 underline" href={routes.staff.implementation(m.proposal.id)}>
          {translator(locale, "app.canBo.thucHien.id.kiemTra.visitId.page")("backToTheProject")}
        </Link>
        <PrintButton locale={locale} />
      </p>
      <article
        className="mx-auto max-w-3xl bg-white p-6 leading-relaxed text-slate-900 print:p-0"
        data-testid="visit-minutes"
      >
        <header className="mb-6 grid grid-cols-5 gap-2 text-center text-sm">
          <div className="col-span-2">
            <p className="font-bold underline underline-offset-4">{m.proposal.agency}</p>
          </div>
          <div className="col-span-3">
            <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="font-bold underline underline-offset-4">Độc lập - Tự do - Hạnh phúc</p>
          </div>
        </header>
        <h1 className="mb-4 text-center text-xl font-bold">
          BIÊN BẢN {v.kind === "MONITORING" ? "KIỂM TRA, GIÁM SÁT" : "HẬU KIỂM"}
          <span className="block text-base font-semibold">
            Đề án {m.proposal.code ?? ""}: {m.proposal.title}
          </span>
        </h1>
        <p>Ngày kiểm tra: {formatDate(v.visitedAt)}</p>
        {m.proposal.establishment && <p>Cơ sở thụ hưởng: {m.proposal.establishment}</p>}
        <p>Cán bộ kiểm tra: {v.officer}</p>
        {v.recordedAt && (
          <p className="text-sm text-slate-700">
            Ghi tại hiện trường lúc {when.format(v.recordedAt)}, gửi lên cổng lúc {when.format(v.createdAt)}
            {v.conflictAcknowledged ? " (cán bộ đã xem các thay đổi của đề án trong thời gian đó trước khi gửi)" : ""}.
          </p>
        )}
        <h2 className="mt-4 font-bold">Kết quả kiểm tra</h2>
        <p className="whitespace-pre-line">{v.findings}</p>
        <h2 className="mt-4 font-bold">Kết luận</h2>
        <p>{v.compliant ? "Thực hiện đúng cam kết." : "Có sai phạm so với cam kết."}</p>
        {v.photos.length > 0 && (
          <>
            <h2 className="mt-4 font-bold">Ảnh hiện trường</h2>
            <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              {v.photos.map((p, i) => (
                <li key={p.documentId} className="break-inside-avoid" data-testid="minutes-photo">
                  {/* eslint-disable-next-line @next/next/no-img-element -- the stored photo as taken, printed as is */}
                  <img
                    src={routes.staff.implementationFile(m.proposal.id, p.documentId)}
                    alt={`Ảnh ${i + 1} — biên bản ngày ${formatDate(v.visitedAt)}`}
                    className="w-full rounded border border-slate-300"
                  />
                  <p className="mt-1 text-xs" data-testid="photo-stamp">
                    Ảnh {i + 1}: chụp lúc {when.format(new Date(p.takenAt))}
                    {p.latitude !== null && p.longitude !== null
                      ? ` · GPS ${coord(p.latitude)}, ${coord(p.longitude)}${p.accuracyM !== null ? ` (±${Math.round(p.accuracyM)} m)` : ""}`
                      : " · không ghi vị trí"}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="mt-10 grid grid-cols-2 text-center">
          <div>
            <p className="font-bold">ĐẠI DIỆN CƠ SỞ</p>
            <p className="italic">(Ký, ghi rõ họ tên)</p>
          </div>
          <div>
            <p className="font-bold">CÁN BỘ KIỂM TRA</p>
            <p className="italic">(Ký, ghi rõ họ tên)</p>
            <p className="mt-16 font-bold">{v.officer}</p>
          </div>
        </div>
      </article>
    </>
  );
}
