import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getEstablishmentForStaff } from "@/lib/establishments/queries";
import { updateAssistedAction } from "@/lib/establishments/actions";
import { listCurrentCommunes, listProposalsOf } from "@/lib/applications/queries";
import { orNotFound } from "@/lib/applications/or-not-found";
import { KIND_LABELS, KIND_LABELS_EN } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";
import { EstablishmentForm } from "@/components/establishment/establishment-form";
import { profileValues } from "@/components/establishment/profile-values";
import { IssueClaimCodeForm } from "@/components/establishment/claim-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Cơ sở (nộp hộ)" : "Establishment (assisted filing)" };
}

export default async function AssistedEstablishmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ establishmentId: string }>;
  searchParams: Promise<{ moi?: string }>;
}) {
  const actor = await requireActor("establishment.registerAssisted");
  const { establishmentId } = await params;
  const { moi } = await searchParams;
  const profile = await orNotFound(getEstablishmentForStaff(actor, establishmentId));
  const [items, communes] = [await listProposalsOf(actor, profile.id), await listCurrentCommunes()];
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const base = `/can-bo/dang-ky-ho/${profile.id}/ho-so`;
  return (
    <div>
      <PageHeader
        title={profile.name}
        subtitle={`${(locale === "vi" ? KIND_LABELS : KIND_LABELS_EN)[profile.kind]} · ${profile.communeName ?? t("chưa có địa bàn", "no area yet")}`}
        actions={
          actor.role === "STAFF" ? (
            <LinkButton href={`${base}/moi`}>
              {t("Lập hồ sơ thay cơ sở", "File a dossier for the establishment")}
            </LinkButton>
          ) : undefined
        }
      />
      {moi && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
          {t(
            "Đã đăng ký cơ sở (ghi nhật ký: đăng ký hộ).",
            "Establishment registered (audit log: assisted registration).",
          )}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("Hồ sơ của cơ sở", "The establishment's dossiers")}>
          {items.length === 0 ? (
            <EmptyState
              title={t("Chưa có hồ sơ", "No dossiers yet")}
              hint={t(
                "Lập hồ sơ thay cơ sở khi cơ sở nộp trực tiếp tại bộ phận một cửa.",
                "File a dossier for the establishment when it applies in person at the one-stop desk.",
              )}
            />
          ) : (
            <ProposalList items={items} base={base} locale={locale} />
          )}
        </Card>
        <Card title={t("Chủ cơ sở nhận tài khoản", "The owner takes over online")}>
          <p className="mb-3 text-sm text-slate-700">
            {t(
              "Chủ cơ sở tự tạo tài khoản (hoặc đăng nhập VNeID), rồi nhập mã số thuế và mã này ở bước “Thông tin cơ sở”: tài khoản của họ sẽ quản lý cơ sở và các hồ sơ đã nộp thay. Mã dùng một lần, hiệu lực 14 ngày; cấp mã mới thì mã cũ hết hiệu lực.",
              "The owner creates their own account (or signs in with VNeID), then enters the tax code and this code at the “Establishment details” step: their account then manages the establishment and the dossiers filed for it. Single use, valid 14 days; a new code cancels the old one.",
            )}
          </p>
          <IssueClaimCodeForm establishmentId={profile.id} locale={locale} />
        </Card>
        <div>
          <h2 className="mb-3 text-lg font-semibold">{t("Thông tin cơ sở", "Establishment details")}</h2>
          <EstablishmentForm
            action={updateAssistedAction}
            initial={profileValues(profile)}
            communes={communes}
            submitLabel={t("Lưu thông tin", "Save details")}
            assisted
            establishmentId={profile.id}
            locale={locale}
          />
        </div>
      </div>
    </div>
  );
}
