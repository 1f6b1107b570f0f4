import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { createEstablishmentAction } from "@/lib/establishments/actions";
import { listCurrentCommunes } from "@/lib/applications/queries";
import { PageHeader } from "@/components/ui/card";
import { EstablishmentForm } from "@/components/establishment/establishment-form";

export const metadata: Metadata = { title: "Thông tin cơ sở" };

export default async function RegisterEstablishmentPage() {
  const actor = await requireActor("establishment.manageOwn");
  if (actor.establishmentId) redirect("/doanh-nghiep");
  const communes = await listCurrentCommunes();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Thông tin cơ sở sản xuất" subtitle="Bước 2/2: các thông tin dùng để xét đối tượng, địa bàn và ngành nghề được hỗ trợ (Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP)." />
      <EstablishmentForm action={createEstablishmentAction} initial={{ workforce: "0" }} communes={communes} submitLabel="Hoàn tất đăng ký" />
    </div>
  );
}
