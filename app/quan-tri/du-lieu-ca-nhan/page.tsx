import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listEstablishmentsForPrivacy } from "@/lib/privacy/queries";
import { anonymizeEstablishmentAction } from "@/lib/privacy/actions";
import { formatDate } from "@/lib/dates";
import { AnonymizeForm } from "@/components/privacy/anonymize-form";
import { inputClass } from "@/components/forms/field";
import { PrivacyNav } from "@/components/privacy/privacy-nav";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Dữ liệu cá nhân — Quản trị" : "Personal data — Administration" };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor("personalData.manage");
  const q = ((await searchParams).q ?? "").slice(0, 100);
  const rows = q ? await listEstablishmentsForPrivacy(actor, q) : [];
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("Dữ liệu cá nhân của cơ sở", "Establishments' personal data")}</h1>
      <p className="mt-2 text-slate-700">
        {t(
          "Xuất toàn bộ dữ liệu về một cơ sở (quyền truy cập của chủ thể dữ liệu) hoặc xóa dữ liệu cá nhân theo yêu cầu. Khi xóa, tên, mã số thuế, địa chỉ, người đại diện, điện thoại, email được thay bằng mã ẩn danh ở mọi nơi (hồ sơ, dòng thời gian, tin nhắn, thông báo, nhật ký), tài khoản không đăng nhập được nữa, tệp của đề án chưa được hỗ trợ bị xóa; số tiền, quyết định và chứng từ phải lưu trữ theo luật được giữ lại.",
          "Export all data held on an establishment (the data subject's right of access) or erase its personal data on request. Erasure replaces the name, tax code, address, representative, phone and e-mail by a pseudonym everywhere (profile, timelines, messages, notifications, audit trail), disables the accounts and deletes the files of dossiers never funded; the amounts, decisions and records the law requires to keep are kept.",
        )}
      </p>
      <PrivacyNav locale={locale} current={routes.admin.personalData} />
      <form method="get" className="mt-4 flex flex-wrap items-end gap-2" role="search">
        <div className="grow">
          <label htmlFor="q" className="block text-sm font-semibold">
            {t("Tên cơ sở hoặc mã số thuế", "Establishment name or tax code")}
          </label>
          <input
            id="q"
            name="q"
            defaultValue={q}
            className={inputClass}
            placeholder={t("vd: moc tien thanh", "e.g. moc tien thanh")}
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
          {t("Tìm", "Search")}
        </button>
      </form>
      {q && rows.length === 0 && (
        <p className="mt-4">
          {t(
            "Không tìm thấy cơ sở nào trong địa bàn của bạn. Thử gõ tên không dấu hoặc mã số thuế.",
            "No establishment found in your area. Try the name without diacritics, or the tax code.",
          )}
        </p>
      )}
      {!q && (
        <p className="mt-4 text-slate-600">
          {t("Nhập tên hoặc mã số thuế để tìm cơ sở.", "Enter a name or tax code to find an establishment.")}
        </p>
      )}
      <ul className="mt-4 space-y-4">
        {rows.map((r) => (
          <li key={r.id} className="rounded-md border border-slate-200 p-4">
            <p className="font-semibold">{r.name}</p>
            <p className="text-sm text-slate-700">
              {locale === "vi"
                ? `MST: ${r.taxCode ?? "—"} · Đại diện: ${r.representative ?? "—"} · ${r.accounts} tài khoản`
                : `Tax code: ${r.taxCode ?? "—"} · Representative: ${r.representative ?? "—"} · ${r.accounts} ${r.accounts === 1 ? "account" : "accounts"}`}
            </p>
            <p className="mt-2 flex flex-wrap gap-4">
              <Link className="text-brand-700 underline" href={routes.admin.personalDataSubject(r.id)}>
                {t("Xem toàn bộ dữ liệu (bản đọc, in được)", "View all data (readable, printable)")}
              </Link>
              <Link className="text-brand-700 underline" href={routes.admin.personalDataJson(r.id)} prefetch={false}>
                {t("Tải dữ liệu (JSON)", "Download the data (JSON)")}
              </Link>
            </p>
            {r.anonymizedAt ? (
              <p className="mt-2 text-sm">
                {t("Đã xóa dữ liệu cá nhân ngày", "Personal data erased on")} {formatDate(new Date(r.anonymizedAt))}.
              </p>
            ) : (
              <AnonymizeForm
                establishmentId={r.id}
                name={r.name}
                action={anonymizeEstablishmentAction}
                locale={locale}
              />
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
