import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getOwnEstablishment } from "@/lib/establishments/queries";
import { updateEstablishmentAction } from "@/lib/establishments/actions";
import { listCurrentCommunes } from "@/lib/applications/queries";
import { PageHeader } from "@/components/ui/card";
import { EstablishmentForm } from "@/components/establishment/establishment-form";
import { profileValues } from "@/components/establishment/profile-values";

export const metadata: Metadata = { title: "Thông tin cơ sở" };

export default async function EstablishmentPage() {
  const actor = await requireActor("establishment.manageOwn");
  const profile = await getOwnEstablishment(actor);
  if (!profile) redirect("/dang-ky/co-so");
  const communes = await listCurrentCommunes();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Thông tin cơ sở" subtitle={profile.agency ? `Cơ quan tiếp nhận hồ sơ: ${profile.agency}` : undefined} />
      {!profile.communeCurrent && (
        <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Địa bàn đã khai báo ({profile.communeName ?? "chưa có"}) không còn là đơn vị hành chính hiện hành sau sắp xếp năm 2025. Vui lòng chọn xã/phường mới.
        </p>
      )}
      <EstablishmentForm action={updateEstablishmentAction} initial={profileValues(profile)} communes={communes} submitLabel="Lưu thông tin" />
    </div>
  );
}
