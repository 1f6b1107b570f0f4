import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getOwnEstablishment } from "@/lib/establishments/queries";
import { updateEstablishmentAction } from "@/lib/establishments/actions";
import { listCurrentCommunes } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { PageHeader } from "@/components/ui/card";
import { EstablishmentForm } from "@/components/establishment/establishment-form";
import { profileValues } from "@/components/establishment/profile-values";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.doanhNghiep.coSo.page")("establishmentDetails") };
}

async function EstablishmentPage() {
  const actor = await requireActor("establishment.manageOwn");
  const profile = await getOwnEstablishment(actor);
  if (!profile) redirect("/dang-ky/co-so");
  const communes = await listCurrentCommunes();
  const locale = await getLocale();
  const t = translator(locale, "app.doanhNghiep.coSo.page");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("establishmentDetails")}
        subtitle={profile.agency ? `${t("receivingAgency")}: ${profile.agency}` : undefined}
      />
      {!profile.communeCurrent && (
        <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {locale === "vi" ? (
            <>
              Địa bàn đã khai báo ({profile.communeName ?? "chưa có"}) không còn là đơn vị hành chính hiện hành sau sắp
              xếp năm 2025. Vui lòng chọn xã/phường mới.
            </>
          ) : (
            <>
              The declared area ({profile.communeName ?? "none"}) is no longer a current administrative unit after the
              2025 reorganisation. Please choose the new commune/ward.
            </>
          )}
        </p>
      )}
      <EstablishmentForm
        action={updateEstablishmentAction}
        initial={profileValues(profile)}
        communes={communes}
        submitLabel={t("saveDetails")}
        locale={locale}
      />
    </div>
  );
}

export default withMessages(EstablishmentPage, ["components.establishment.establishmentForm"]);
