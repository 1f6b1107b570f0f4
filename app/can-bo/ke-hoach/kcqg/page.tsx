import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listKcqgRegister } from "@/lib/plans/kcqg-register";
import { formatDate } from "@/lib/dates";
import { PageHeader, Card } from "@/components/ui/card";
import { KcqgRegisterTable } from "@/components/plans/kcqg-register-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đăng ký đề án khuyến công quốc gia" : "KCQG registration" };
}

/** The province's KCQG register: sent to the ministry before 20/06, and the ministry's decision on each. */
export default async function KcqgRegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("proposal.viewAgency");
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const sp = await searchParams;
  const year = /^\d{4}$/.test(sp.nam ?? "") ? Number(sp.nam) : new Date().getUTCFullYear() + 1;
  const { deadline, rows } = await listKcqgRegister(actor, year);
  return (
    <div>
      <PageHeader
        title={t(`Đề án khuyến công quốc gia đăng ký năm ${year}`, `KCQG projects registered for ${year}`)}
        subtitle={t(
          `Sở Công Thương thẩm định cơ sở và gửi Bộ Công Thương trước ngày ${formatDate(new Date(deadline))}; Bộ quyết định từng đề án.`,
          `The department appraises and sends them to the Ministry before ${formatDate(new Date(deadline))}; the Ministry decides each.`,
        )}
        actions={
          <nav className="flex gap-2 text-sm">
            {[year - 1, year, year + 1].map((y) => (
              <Link
                key={y}
                href={`/can-bo/ke-hoach/kcqg?nam=${y}`}
                aria-current={y === year ? "page" : undefined}
                className={y === year ? "font-semibold underline" : "text-brand-700 underline"}
              >
                {y}
              </Link>
            ))}
          </nav>
        }
      />
      <Card>
        <KcqgRegisterTable rows={rows} locale={locale} />
      </Card>
    </div>
  );
}
