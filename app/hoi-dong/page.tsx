import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { listMyAssignments } from "@/lib/appraisal/appraiser";
import { formatDate } from "@/lib/dates";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.hoiDong.page")("dossiersAssignedForAppraisal") };
}

export default async function CouncilHome() {
  const actor = await requireActor("proposal.score");
  const rows = await listMyAssignments(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.hoiDong.page");
  return (
    <>
      <PageHeader title={t("dossiersAssignedToMeFor")} subtitle={`${actor.name} · ${t("appraisalCouncilMember")}`} />
      {rows.length === 0 ? (
        <EmptyState title={t("noDossiersAssignedYet")} hint={t("whenStaffAssignADossier")} />
      ) : (
        <Table head={[t("dossier"), t("status"), t("toDo"), t("assigned")]}>
          {rows.map((r) => (
            <tr key={r.proposalId} data-testid="assignment-row">
              <Td>
                <Link href={`/hoi-dong/${r.proposalId}`} className="font-semibold text-brand-700 underline">
                  {r.title}
                </Link>
                <p className="text-xs text-slate-600">
                  {r.code} · {r.establishmentName} · {t("requested")} {r.requestedSupport}
                </p>
              </Td>
              <Td>
                <Badge tone={r.tone}>{locale === "vi" ? r.statusLabel : STATUS_INFO[r.status].label.en}</Badge>
              </Td>
              <Td>
                {r.conflict === "NO_CONFLICT" && r.scored
                  ? t("scoredEditableWhileUnderAppraisal")
                  : t(`next.${r.conflict}`)}
              </Td>
              <Td className="whitespace-nowrap">{formatDate(r.assignedAt)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
