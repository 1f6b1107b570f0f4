import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listKcqgRegister } from "@/lib/plans/kcqg-register";
import { formatDate } from "@/lib/dates";
import { PageHeader, Card } from "@/components/ui/card";
import { KcqgRegisterTable } from "@/components/plans/kcqg-register-table";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.keHoach.kcqg.page")("kcqgRegistration") };
}

/** The province's KCQG register: sent to the ministry before 20/06, and the ministry's decision on each. */
export default async function KcqgRegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("proposal.viewAgency");
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.keHoach.kcqg.page");
  const sp = await searchParams;
  const year = /^\d{4}$/.test(sp.nam ?? "") ? Number(sp.nam) : new Date().getUTCFullYear() + 1;
  const { deadline, rows } = await listKcqgRegister(actor, year);
  return (
    <div>
      <PageHeader
        title={t("kcqgProjectsRegisteredFor", { year })}
        subtitle={t("theDepartmentAppraisesAndSends", { value: formatDate(new Date(deadline)) })}
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
