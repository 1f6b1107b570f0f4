import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getOwnEstablishment } from "@/lib/establishments/queries";
import { listOwnProposals } from "@/lib/applications/queries";
import { getLocale } from "@/lib/i18n/locale";
import { INDUSTRY_LABELS_EN, KIND_LABELS, KIND_LABELS_EN, industryLabel } from "@/lib/rules/industries";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ProposalList } from "@/components/application/proposal-list";
import { EligibilityPrecheck } from "@/components/application/eligibility-precheck";
import { getOwnPrecheck } from "@/lib/applications/precheck";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Trang của doanh nghiệp" : "Enterprise home" };
}

export default async function EnterpriseHome({ searchParams }: { searchParams: Promise<{ moi?: string }> }) {
  const actor = await requireActor("proposal.viewOwn");
  const profile = await getOwnEstablishment(actor);
  if (!profile) redirect("/dang-ky/co-so");
  const { moi } = await searchParams;
  const [items, check] = [await listOwnProposals(actor), await getOwnPrecheck(actor)];
  const eligible = (check?.eligibleCount ?? 0) > 0;
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const returned = items.filter((p) => p.openSupplement);
  const drafts = items.filter((p) => p.status === "DRAFT");
  const submitted = items.filter((p) => p.status !== "DRAFT");
  return (
    <div>
      <PageHeader
        title={profile.name}
        subtitle={`${(locale === "vi" ? KIND_LABELS : KIND_LABELS_EN)[profile.kind]} · ${locale === "vi" ? industryLabel(profile.industryCode) : (INDUSTRY_LABELS_EN[profile.industryCode as keyof typeof INDUSTRY_LABELS_EN] ?? "Not specified")} · ${profile.communeName ?? t("chưa khai báo địa bàn", "area not declared")}`}
        actions={
          <LinkButton href="/doanh-nghiep/ho-so/moi" variant={eligible ? "primary" : "secondary"}>
            {t("Lập hồ sơ đề nghị hỗ trợ", "Apply for support")}
          </LinkButton>
        }
      />
      {/* Never "you can apply right away" to an establishment the rules do not cover (issue 13.5). */}
      {moi &&
        (eligible ? (
          <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
            {t(
              "Đăng ký thành công. Cơ sở đủ điều kiện với các nội dung hoạt động đánh dấu “Đủ điều kiện” bên dưới; bạn có thể lập hồ sơ cho các nội dung đó.",
              "Registration complete. The establishment qualifies for the activity contents marked “Qualifies” below; you can apply for those.",
            )}
          </p>
        ) : (
          <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-950">
            {t(
              "Đăng ký thành công. Tuy nhiên, theo thông tin đã khai, cơ sở chưa đủ điều kiện nhận hỗ trợ khuyến công — xem lý do bên dưới.",
              "Registration complete. However, from the details given, the establishment does not yet qualify for industrial promotion support — see why below.",
            )}
          </p>
        ))}
      {check && <EligibilityPrecheck check={check} locale={locale} />}
      {returned.length > 0 && (
        <Card title={t("Hồ sơ cần bổ sung", "Dossiers needing supplements")} className="mb-4 border-amber-300">
          <ProposalList items={returned} base="/doanh-nghiep/ho-so" locale={locale} />
        </Card>
      )}
      <div className="mb-4 grid grid-cols-3 gap-2 sm:gap-3">
        <Stat label={t("Bản nháp", "Drafts")} value={drafts.length} />
        <Stat label={t("Đã nộp", "Submitted")} value={submitted.length} />
        <Stat
          label={t("Được phê duyệt", "Approved")}
          value={
            items.filter((p) => ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"].includes(p.status))
              .length
          }
        />
      </div>
      {items.length === 0 ? (
        <EmptyState
          title={t("Chưa có hồ sơ nào", "No dossiers yet")}
          hint={t(
            "Lập hồ sơ trực tuyến: chọn nội dung, nhập dự toán — hệ thống cho biết ngay mức hỗ trợ tối đa theo quy định.",
            "Apply online: choose the activity, enter the budget — the system shows at once the maximum support allowed by the rules.",
          )}
          action={
            <LinkButton href="/doanh-nghiep/ho-so/moi">
              {t("Lập hồ sơ đầu tiên", "Create your first dossier")}
            </LinkButton>
          }
        />
      ) : (
        <Card
          title={t("Hồ sơ gần đây", "Recent dossiers")}
          actions={
            <LinkButton href="/doanh-nghiep/ho-so" variant="ghost">
              {t("Xem tất cả", "View all")}
            </LinkButton>
          }
        >
          <ProposalList items={items.slice(0, 5)} base="/doanh-nghiep/ho-so" locale={locale} />
        </Card>
      )}
    </div>
  );
}
