import Link from "next/link";
import type { ResultEntryDto } from "@/lib/results/dto";
import type { FormState } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/dates";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { RowAction } from "@/components/results/row-action";
import { ReopenForm } from "@/components/results/hierarchy-forms";

type Act = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Manual result entries; drafts can be edited or deleted by staff and approved (locked) by a leader. */
export function EntryTable({
  rows,
  canEdit,
  canApprove,
  approve,
  remove,
  reopen,
  base,
  locale,
}: {
  rows: ResultEntryDto[];
  canEdit: boolean;
  canApprove: boolean;
  approve: Act;
  remove: Act;
  /** Reopen an approved entry with a reason (leaders). */
  reopen?: Act;
  base: string;
  locale: Locale;
}) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <Table
      head={[
        t("Chỉ tiêu", "Indicator"),
        t("Năm", "Year"),
        t("Giá trị", "Value"),
        t("Nội dung · minh chứng", "Work · evidence"),
        t("Trạng thái", "Status"),
        t("Thao tác", "Actions"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid={`entry-${r.id}`} data-entry-status={r.status}>
          <Td className="min-w-48">
            <span className="font-semibold">{r.indicatorName}</span>
            <span className="block text-xs text-slate-500">
              {r.indicatorCode} · {t("giai đoạn", "period")} {r.period}
              {r.commune ? ` · ${r.commune}` : ""}
            </span>
          </Td>
          <Td>{r.year ?? "—"}</Td>
          <Td className="tabular-nums font-semibold">{r.display}</Td>
          <Td className="min-w-64 text-sm">
            {r.description}
            <span className="block text-xs text-slate-600">
              {t("Minh chứng:", "Evidence:")} {r.evidence}
            </span>
            <span className="block text-xs text-slate-500">
              {t("Người nhập:", "Entered by:")} {r.createdBy ?? "—"}, {formatDate(r.createdAt)}
            </span>
          </Td>
          <Td>
            {r.status === "APPROVED" ? (
              <>
                <Badge tone="success">{t("Đã duyệt · đã khóa", "Approved · locked")}</Badge>
                <span className="block text-xs text-slate-500">
                  {r.approvedBy} · {formatDate(r.approvedAt)}
                </span>
              </>
            ) : (
              <Badge tone="warning">{t("Chờ duyệt", "Awaiting approval")}</Badge>
            )}
          </Td>
          <Td>
            <div className="flex flex-wrap gap-2">
              {r.status === "DRAFT" && canEdit && (
                <Link className="text-brand-700 underline" href={`${base}/${r.id}`}>
                  {t("Sửa", "Edit")}
                </Link>
              )}
              {r.status === "DRAFT" && canEdit && (
                <RowAction
                  action={remove}
                  id={r.id}
                  label={t("Xóa", "Delete")}
                  variant="danger"
                  locale={locale}
                  confirmTitle={t("Xóa kết quả này?", "Delete this result?")}
                  confirmBody={t(
                    "Bản ghi chưa duyệt sẽ bị xóa; thao tác được ghi vào nhật ký.",
                    "The unapproved entry will be deleted; the action is recorded in the audit log.",
                  )}
                />
              )}
              {r.status === "DRAFT" && canApprove && (
                <RowAction
                  action={approve}
                  id={r.id}
                  label={t("Duyệt và khóa", "Approve and lock")}
                  variant="primary"
                  testId="approve-form"
                  locale={locale}
                  confirmTitle={t("Duyệt kết quả này?", "Approve this result?")}
                  confirmBody={t(
                    "Sau khi duyệt, kết quả được tính trên bảng điều khiển và bị khóa: muốn sửa phải mở lại kèm lý do (ghi nhật ký).",
                    "Once approved, the result counts on the dashboard and is locked: correcting it needs a reopening with a reason (audited).",
                  )}
                />
              )}
              {r.status === "APPROVED" && r.nationalAcceptedAt && (
                <span className="text-xs text-slate-500">
                  {t("Bộ đã chấp nhận ngày", "Accepted by the ministry on")} {formatDate(r.nationalAcceptedAt)}:{" "}
                  {t("chỉ Bộ mở lại được", "only the ministry can reopen it")}
                </span>
              )}
              {r.status === "APPROVED" && !r.nationalAcceptedAt && canApprove && reopen && (
                <ReopenForm id={r.id} action={reopen} locale={locale} />
              )}
              {r.status === "APPROVED" && !r.nationalAcceptedAt && !canApprove && (
                <span className="text-xs text-slate-500">
                  {t("Đã khóa: lãnh đạo mở lại được, kèm lý do", "Locked: a leader can reopen it, with a reason")}
                </span>
              )}
            </div>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
