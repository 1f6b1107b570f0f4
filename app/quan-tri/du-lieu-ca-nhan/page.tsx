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
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.duLieuCaNhan.page")("personalDataAdministration") };
}

async function Page({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor("personalData.manage");
  const q = ((await searchParams).q ?? "").slice(0, 100);
  const rows = q ? await listEstablishmentsForPrivacy(actor, q) : [];
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.duLieuCaNhan.page");
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("establishmentsPersonalData")}</h1>
      <p className="mt-2 text-slate-700">{t("exportAllDataHeldOn")}</p>
      <PrivacyNav locale={locale} current={routes.admin.personalData} />
      <form method="get" className="mt-4 flex flex-wrap items-end gap-2" role="search">
        <div className="grow">
          <label htmlFor="q" className="block text-sm font-semibold">
            {t("establishmentNameOrTaxCode")}
          </label>
          <input id="q" name="q" defaultValue={q} className={inputClass} placeholder={t("eGMocTienThanh")} />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
          {t("search")}
        </button>
      </form>
      {q && rows.length === 0 && <p className="mt-4">{t("noEstablishmentFoundInYour")}</p>}
      {!q && <p className="mt-4 text-slate-600">{t("enterANameOrTax")}</p>}
      <ul className="mt-4 space-y-4">
        {rows.map((r) => (
          <li key={r.id} className="rounded-md border border-slate-200 p-4">
            <p className="font-semibold">{r.name}</p>
            <p className="text-sm text-slate-700">
              {t("taxCodeRepresentative", {
                taxCode: r.taxCode ?? "—",
                representative: r.representative ?? "—",
                accounts: r.accounts,
              })}
            </p>
            <p className="mt-2 flex flex-wrap gap-4">
              <Link className="text-brand-700 underline" href={routes.admin.personalDataSubject(r.id)}>
                {t("viewAllDataReadablePrintable")}
              </Link>
              <Link className="text-brand-700 underline" href={routes.admin.personalDataJson(r.id)} prefetch={false}>
                {t("downloadTheDataJson")}
              </Link>
            </p>
            {r.anonymizedAt ? (
              <p className="mt-2 text-sm">
                {t("personalDataErasedOn")} {formatDate(new Date(r.anonymizedAt))}.
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

export default withMessages(Page, ["components.privacy.anonymizeForm"]);
