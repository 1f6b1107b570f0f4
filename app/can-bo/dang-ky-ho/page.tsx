import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { searchEstablishments } from "@/lib/establishments/queries";
import { registerAssistedAction } from "@/lib/establishments/actions";
import { listCurrentCommunes } from "@/lib/applications/queries";
import { KIND_LABELS, KIND_LABELS_EN } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { inputClass } from "@/components/forms/field";
import { EstablishmentForm } from "@/components/establishment/establishment-form";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.dangKyHo.page")("assistedRegistrationAndFiling") };
}

async function AssistedPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor("establishment.registerAssisted");
  const { q = "" } = await searchParams;
  const [items, communes] = [await searchEstablishments(actor, q), await listCurrentCommunes()];
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.dangKyHo.page");
  const kinds = locale === "vi" ? KIND_LABELS : KIND_LABELS_EN;
  return (
    <div>
      <PageHeader title={t("registerAndFileOnBehalf")} subtitle={t("forReceptionStaffAtThe")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("findAnExistingEstablishment")}>
          <form method="get" className="mb-3 flex gap-2" role="search">
            <label htmlFor="q" className="sr-only">
              {t("establishmentNameOrTaxCode")}
            </label>
            <input
              id="q"
              name="q"
              defaultValue={q}
              className={inputClass}
              placeholder={t("nameDiacriticsOptionalOrTax")}
            />
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
              {t("search")}
            </button>
          </form>
          {items.length === 0 ? (
            <EmptyState title={t("noMatchingEstablishment")} hint={t("registerANewEstablishmentWith")} />
          ) : (
            <Table head={[t("establishment"), t("type"), t("taxCode"), t("dossiers")]}>
              {items.map((e) => (
                <tr key={e.id}>
                  <Td>
                    <Link className="text-brand-700 underline" href={`/can-bo/dang-ky-ho/${e.id}`}>
                      {e.name}
                    </Link>
                    <span className="block text-xs text-slate-600">{e.commune ?? "—"}</span>
                  </Td>
                  <Td>{kinds[e.kind]}</Td>
                  <Td>{e.taxCode ?? "—"}</Td>
                  <Td>{e.proposals}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <div>
          <h2 className="mb-3 text-lg font-semibold">{t("registerANewEstablishment")}</h2>
          <EstablishmentForm
            action={registerAssistedAction}
            initial={{ workforce: "0" }}
            communes={communes}
            submitLabel={t("registerTheEstablishment")}
            assisted
            locale={locale}
          />
        </div>
      </div>
    </div>
  );
}

export default withMessages(AssistedPage, ["components.establishment.establishmentForm"]);
