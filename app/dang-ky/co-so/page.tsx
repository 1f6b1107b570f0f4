import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { establishmentPrefill } from "@/lib/auth/oidc-prefill";
import { createEstablishmentAction } from "@/lib/establishments/actions";
import { listCurrentCommunes } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { Card, PageHeader } from "@/components/ui/card";
import { ClaimEstablishmentForm } from "@/components/establishment/claim-forms";
import { EstablishmentForm } from "@/components/establishment/establishment-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Thông tin cơ sở" : "Establishment details" };
}

export default async function RegisterEstablishmentPage() {
  const actor = await requireActor("establishment.manageOwn");
  if (actor.establishmentId) redirect("/doanh-nghiep");
  const communes = await listCurrentCommunes();
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("Thông tin cơ sở sản xuất", "Production establishment details")}
        subtitle={t(
          "Bước 2/2: các thông tin dùng để xét đối tượng, địa bàn và ngành nghề được hỗ trợ (Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP).",
          "Step 2/2: the facts used to check the eligible beneficiary, area and industry (Decree 45/2012/NĐ-CP, as amended by Decree 235/2025/NĐ-CP).",
        )}
      />
      <EstablishmentForm
        action={createEstablishmentAction}
        initial={{ workforce: "0", ...(await establishmentPrefill(actor)) }}
        communes={communes}
        submitLabel={t("Hoàn tất đăng ký", "Complete registration")}
        locale={locale}
      />
      <Card
        title={t("Nhận quản lý cơ sở đã được đăng ký hộ", "Take over an establishment registered for you")}
        className="mt-6"
      >
        <p className="mb-3 text-sm text-slate-700">
          {t(
            "Cơ sở của bạn đã được cán bộ xã hoặc Sở đăng ký hộ? Nhập mã số thuế và mã nhận tài khoản cán bộ cấp: tài khoản này sẽ quản lý cơ sở cùng các hồ sơ đã nộp thay.",
            "Was your establishment registered for you by a commune or department officer? Enter its tax code and the claim code the officer gave you: this account then manages the establishment and the dossiers filed for it.",
          )}
        </p>
        <ClaimEstablishmentForm locale={locale} />
      </Card>
    </div>
  );
}
