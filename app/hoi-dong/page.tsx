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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Hồ sơ được phân công thẩm định" : "Dossiers assigned for appraisal" };
}

const NEXT = {
  PENDING: "Khai báo xung đột lợi ích",
  NO_CONFLICT: "Chấm điểm",
  RECUSED: "Đã xin không tham gia",
} as const;
const NEXT_EN = { PENDING: "Declare conflict of interest", NO_CONFLICT: "Score", RECUSED: "Recused" } as const;

export default async function CouncilHome() {
  const actor = await requireActor("proposal.score");
  const rows = await listMyAssignments(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={t("Hồ sơ được phân công thẩm định", "Dossiers assigned to me for appraisal")}
        subtitle={`${actor.name} · ${t("thành viên Hội đồng thẩm định", "appraisal council member")}`}
      />
      {rows.length === 0 ? (
        <EmptyState
          title={t("Chưa có hồ sơ nào được phân công.", "No dossiers assigned yet.")}
          hint={t(
            "Khi chuyên viên phân công, hồ sơ sẽ hiện ở đây và ông/bà nhận được thông báo.",
            "When staff assign a dossier to you it appears here and you receive a notification.",
          )}
        />
      ) : (
        <Table
          head={[
            t("Hồ sơ", "Dossier"),
            t("Trạng thái", "Status"),
            t("Việc cần làm", "To do"),
            t("Phân công", "Assigned"),
          ]}
        >
          {rows.map((r) => (
            <tr key={r.proposalId} data-testid="assignment-row">
              <Td>
                <Link href={`/hoi-dong/${r.proposalId}`} className="font-semibold text-brand-700 underline">
                  {r.title}
                </Link>
                <p className="text-xs text-slate-600">
                  {r.code} · {r.establishmentName} · {t("đề nghị", "requested")} {r.requestedSupport}
                </p>
              </Td>
              <Td>
                <Badge tone={r.tone}>{locale === "vi" ? r.statusLabel : STATUS_INFO[r.status].label.en}</Badge>
              </Td>
              <Td>
                {r.conflict === "NO_CONFLICT" && r.scored
                  ? t("Đã chấm (có thể sửa khi còn đang thẩm định)", "Scored (editable while under appraisal)")
                  : t(NEXT[r.conflict], NEXT_EN[r.conflict])}
              </Td>
              <Td className="whitespace-nowrap">{formatDate(r.assignedAt)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
