import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDate, formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { listDataRequests, listOwnConsents } from "@/lib/privacy/requests";
import { CONSENT_PURPOSE_LABEL, REQUEST_DEADLINE_WORKING_DAYS, REQUEST_KIND_LABEL } from "@/lib/privacy/register";
import { fileDataRequestAction } from "@/lib/privacy/actions";
import { PageHeader } from "@/components/ui/card";
import { RegisterView } from "@/components/privacy/register-view";
import { DataRequestForm } from "@/components/privacy/request-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Dữ liệu cá nhân của tôi" : "My personal data" };
}

const STATUS = {
  RECEIVED: { vi: "Đang xử lý", en: "In progress" },
  DONE: { vi: "Đã thực hiện", en: "Done" },
  REFUSED: { vi: "Từ chối", en: "Refused" },
} as const;

export default async function Page() {
  const actor = await requireActor("establishment.manageOwn");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const [consents, requests] = await Promise.all([listOwnConsents(actor), listDataRequests(actor)]);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        title={t("Dữ liệu cá nhân của tôi", "My personal data")}
        subtitle={t(
          "Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15: bạn được biết cổng lưu gì về mình, nhận bản sao, yêu cầu sửa, xóa hoặc rút lại sự đồng ý.",
          "Under Law 91/2025/QH15 on personal-data protection: you may know what the portal holds about you, get a copy, and ask for correction, erasure or withdrawal of consent.",
        )}
      />
      <section aria-labelledby="copy">
        <h2 id="copy" className="text-lg font-bold">
          {t("Bản sao dữ liệu", "A copy of your data")}
        </h2>
        {actor.establishmentId ? (
          <p className="mt-2 flex flex-wrap gap-4">
            <Link className="text-brand-700 underline" href={routes.account.personalDataReadable}>
              {t("Xem toàn bộ (bản đọc, in được)", "View everything (readable, printable)")}
            </Link>
            <Link className="text-brand-700 underline" href={routes.account.personalDataJson} prefetch={false}>
              {t("Tải bản máy đọc (JSON)", "Download machine-readable (JSON)")}
            </Link>
          </p>
        ) : (
          <p className="mt-2 text-slate-600">
            {t(
              "Tài khoản chưa gắn với cơ sở nào: chưa có dữ liệu hồ sơ.",
              "No establishment linked yet: no dossier data.",
            )}
          </p>
        )}
      </section>
      <section aria-labelledby="consents">
        <h2 id="consents" className="text-lg font-bold">
          {t("Sự đồng ý bạn đã cho", "Consents you gave")}
        </h2>
        {consents.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("Chưa có.", "None.")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {consents.map((c) => (
              <li key={c.id}>
                {t(CONSENT_PURPOSE_LABEL[c.purpose].vi, CONSENT_PURPOSE_LABEL[c.purpose].en)} —{" "}
                {t("phiên bản", "version")} {c.version}, {formatDateTime(c.givenAt)}
                {c.withdrawnAt
                  ? ` — ${t("đã rút lại", "withdrawn")} ${formatDateTime(c.withdrawnAt)}`
                  : ` — ${t("đang có hiệu lực", "in force")}`}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm">
          <Link className="text-brand-700 underline" href={routes.enterprise.alertSettings()}>
            {t("Đổi kênh nhận tin, rút lại đồng ý SMS/Zalo ngay", "Change channels, withdraw SMS/Zalo consent now")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="ask">
        <h2 id="ask" className="text-lg font-bold">
          {t("Gửi yêu cầu", "Send a request")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {t(
            `Sở trả lời trong ${REQUEST_DEADLINE_WORKING_DAYS} ngày làm việc. Số tiền, quyết định và chứng từ của đề án đã được hỗ trợ phải lưu trữ theo luật nên không xóa được; các dữ liệu khác được xóa hoặc thay bằng mã ẩn danh.`,
            `The department answers within ${REQUEST_DEADLINE_WORKING_DAYS} working days. The amounts, decisions and records of funded dossiers must be kept by law and cannot be erased; other data is deleted or replaced by a pseudonym.`,
          )}
        </p>
        <DataRequestForm action={fileDataRequestAction} locale={locale} />
        {requests.length > 0 && (
          <ul className="mt-4 space-y-2 text-sm">
            {requests.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3">
                <strong>{r.code}</strong> · {t(REQUEST_KIND_LABEL[r.kind].vi, REQUEST_KIND_LABEL[r.kind].en)} ·{" "}
                {t(STATUS[r.status].vi, STATUS[r.status].en)} · {t("hạn", "due")} {formatDate(r.dueAt)}
                {r.answer && (
                  <p className="mt-1">
                    {t("Trả lời", "Answer")}: {r.answer}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="register">
        <h2 id="register" className="text-lg font-bold">
          {t("Cổng lưu những gì, để làm gì", "What the portal holds, and why")}
        </h2>
        <div className="mt-2">
          <RegisterView locale={locale} />
        </div>
      </section>
    </div>
  );
}
