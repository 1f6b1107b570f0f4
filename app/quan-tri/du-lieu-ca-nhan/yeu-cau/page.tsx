import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { listDataRequests } from "@/lib/privacy/requests";
import { REQUEST_KIND_LABEL } from "@/lib/privacy/register";
import { answerDataRequestAction } from "@/lib/privacy/actions";
import { PrivacyNav } from "@/components/privacy/privacy-nav";
import { AnswerRequestForm } from "@/components/privacy/request-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Yêu cầu về dữ liệu cá nhân" : "Data-subject requests" };
}

const STATUS = {
  RECEIVED: { vi: "Chờ trả lời", en: "Awaiting answer" },
  DONE: { vi: "Đã thực hiện", en: "Done" },
  REFUSED: { vi: "Từ chối", en: "Refused" },
} as const;

export default async function Page() {
  const actor = await requireActor("personalData.manage");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const rows = await listDataRequests(actor);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("Yêu cầu của chủ thể dữ liệu", "Data-subject requests")}</h1>
      <p className="mt-2 text-slate-700">
        {t(
          "Yêu cầu xem, sửa, xóa dữ liệu hoặc rút lại sự đồng ý, sắp theo hạn trả lời (ngày làm việc). Với yêu cầu xóa: thực hiện xóa ở trang Cơ sở trước, rồi ghi câu trả lời.",
          "Requests to access, correct or erase data or to withdraw consent, by answer deadline (working days). For erasure: erase on the Establishments page first, then record the answer.",
        )}
      </p>
      <PrivacyNav locale={locale} current={routes.admin.personalDataRequests} />
      {rows.length === 0 ? (
        <p className="mt-6 text-slate-600">
          {t(
            "Chưa có yêu cầu nào. Người dân gửi yêu cầu tại trang “Dữ liệu cá nhân của tôi” trong tài khoản.",
            "No requests yet. People send them from “My personal data” in their account.",
          )}
        </p>
      ) : (
        <ul className="mt-4 space-y-4">
          {rows.map((r) => (
            <li key={r.id} className={`rounded-md border p-4 ${r.overdue ? "border-red-400" : "border-slate-200"}`}>
              <p className="font-semibold">
                {r.code} · {t(REQUEST_KIND_LABEL[r.kind].vi, REQUEST_KIND_LABEL[r.kind].en)} ·{" "}
                {t(STATUS[r.status].vi, STATUS[r.status].en)}
              </p>
              <p className="text-sm text-slate-700">
                {r.establishmentId ? (
                  <Link className="text-brand-700 underline" href={routes.admin.personalDataSubject(r.establishmentId)}>
                    {r.establishmentName}
                  </Link>
                ) : (
                  "—"
                )}{" "}
                · {t("Nhận", "Received")} {formatDate(r.receivedAt)} · {t("Hạn", "Due")} {formatDate(r.dueAt)}
                {r.overdue && <strong className="ml-2 text-red-700">{t("Quá hạn", "Overdue")}</strong>}
              </p>
              <p className="mt-2 whitespace-pre-line">{r.details}</p>
              {r.status === "RECEIVED" ? (
                <AnswerRequestForm id={r.id} action={answerDataRequestAction} locale={locale} />
              ) : (
                <p className="mt-2 text-sm">
                  <strong>{t("Trả lời", "Answer")}</strong> ({formatDate(r.answeredAt)}): {r.answer}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
