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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đăng ký, nộp hồ sơ hộ" : "Assisted registration and filing" };
}

export default async function AssistedPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor("establishment.registerAssisted");
  const { q = "" } = await searchParams;
  const [items, communes] = [await searchEstablishments(actor, q), await listCurrentCommunes()];
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const kinds = locale === "vi" ? KIND_LABELS : KIND_LABELS_EN;
  return (
    <div>
      <PageHeader
        title={t("Đăng ký và nộp hồ sơ hộ cơ sở", "Register and file on behalf of an establishment")}
        subtitle={t(
          "Dành cho cán bộ tiếp nhận tại bộ phận một cửa: mọi thao tác được ghi nhật ký là nộp hộ.",
          "For reception staff at the one-stop desk: every action is recorded in the audit log as assisted filing.",
        )}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("Tìm cơ sở đã có", "Find an existing establishment")}>
          <form method="get" className="mb-3 flex gap-2" role="search">
            <label htmlFor="q" className="sr-only">
              {t("Tên cơ sở hoặc mã số thuế", "Establishment name or tax code")}
            </label>
            <input
              id="q"
              name="q"
              defaultValue={q}
              className={inputClass}
              placeholder={t("Tên (không dấu cũng được) hoặc mã số thuế", "Name (diacritics optional) or tax code")}
            />
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
              {t("Tìm", "Search")}
            </button>
          </form>
          {items.length === 0 ? (
            <EmptyState
              title={t("Không có cơ sở phù hợp", "No matching establishment")}
              hint={t("Đăng ký cơ sở mới ở mẫu bên cạnh.", "Register a new establishment with the form alongside.")}
            />
          ) : (
            <Table
              head={[t("Cơ sở", "Establishment"), t("Loại hình", "Type"), t("MST", "Tax code"), t("Hồ sơ", "Dossiers")]}
            >
              {items.map((e) => (
                <tr key={e.id}>
                  <Td>
                    <Link className="text-brand-700 underline" href={`/can-bo/dang-ky-ho/${e.id}`}>
                      {e.name}
                    </Link>
                    <span className="block text-xs text-slate-600">{e.commune ?? "—"}</span>
                  </Td>
                  <Td>{kinds[e.kind]}</Td>
                  <Td className="tabular-nums">{e.taxCode ?? "—"}</Td>
                  <Td>{e.proposals}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <div>
          <h2 className="mb-3 text-lg font-semibold">{t("Đăng ký cơ sở mới", "Register a new establishment")}</h2>
          <EstablishmentForm
            action={registerAssistedAction}
            initial={{ workforce: "0" }}
            communes={communes}
            submitLabel={t("Đăng ký cơ sở", "Register the establishment")}
            assisted
            locale={locale}
          />
        </div>
      </div>
    </div>
  );
}
