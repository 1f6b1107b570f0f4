import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getStaffOverview } from "@/lib/appraisal/overview";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { PageHeader, Stat } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.canBo.page")("staffHome") };
}

export default async function StaffHome() {
  const actor = await requireActor("proposal.viewAgency");
  const o = await getStaffOverview(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.canBo.page");
  const waiting = o.counts
    .filter((c) => ["SUBMITTED", "RESUBMITTED"].includes(c.status))
    .reduce((s, c) => s + c.count, 0);
  return (
    <>
      <PageHeader
        title={t("staffHome")}
        subtitle={actor.name}
        actions={<LinkButton href="/can-bo/ho-so">{t("openTheDossierList")}</LinkButton>}
      />
      <div className="mb-6 grid gap-3 sm:grid-cols-3">
        <Link href="/can-bo/ho-so?status=SUBMITTED">
          <Stat label={t("awaitingIntakeNewAndResubmitted")} value={waiting} />
        </Link>
        <Link href="/can-bo/ho-so?overdue=1">
          <Stat
            label={t("overdue")}
            value={<span className={o.overdue ? "text-red-700" : ""}>{o.overdue}</span>}
            hint={t("intake5DaysAppraisal30")}
          />
        </Link>
        <Link href="/can-bo/ho-so?status=UNDER_APPRAISAL">
          <Stat label={t("underAppraisalUnassigned")} value={o.unassigned} />
        </Link>
      </div>
      <h2 className="mb-2 text-lg font-semibold">{t("dossiersByStatus")}</h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="status-counts">
        {o.counts.map((c) => (
          <li key={c.status}>
            <Link
              href={`/can-bo/ho-so?status=${c.status}`}
              className="flex items-center justify-between rounded-md border border-slate-200 bg-white p-3 hover:bg-slate-50"
            >
              <Badge tone={c.tone}>{locale === "vi" ? c.label : STATUS_INFO[c.status].label.en}</Badge>
              <span className="text-xl font-semibold tabular-nums">{c.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
