import Link from "next/link";
import { Card } from "@/components/ui/card";
import { routes } from "@/lib/routes";
import { Badge } from "@/components/ui/badge";
import { ActionForm } from "@/components/implementation/action-form";
import { todayIso } from "@/components/funding/money";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locale";
import { recordVisitAction } from "@/lib/implementation/actions";
import type { ImplementationDetail } from "@/lib/implementation/detail-queries";

export function VisitsCard({ d, canManage, locale }: { d: ImplementationDetail; canManage: boolean; locale: Locale }) {
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const canVisit = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"].includes(d.status);
  return (
    <Card title={t("Kiểm tra, giám sát và hậu kiểm", "Inspection, monitoring and post-checks")}>
      {d.visits.length === 0 ? (
        <p className="text-sm text-slate-600">{t("Chưa có đợt kiểm tra nào.", "No inspections yet.")}</p>
      ) : (
        <ul className="divide-y">
          {d.visits.map((v) => (
            <li key={v.id} className="py-2 text-sm">
              <p className="font-semibold">
                {v.kind === "MONITORING"
                  ? t("Kiểm tra, giám sát", "Inspection, monitoring")
                  : t("Hậu kiểm", "Post-check")}{" "}
                {t("ngày", "on")} {formatDate(v.visitedAt)}{" "}
                <Badge tone={v.compliant ? "success" : "danger"}>
                  {v.compliant ? t("Đúng cam kết", "Compliant") : t("Có sai phạm", "Violations found")}
                </Badge>
              </p>
              <p className="whitespace-pre-line">{v.findings}</p>
              <p className="mt-1 text-xs">
                {v.recordedAt ? `${t("Ghi bằng ứng dụng hiện trường", "Recorded in the field app")} · ` : ""}
                {Array.isArray(v.photos) && v.photos.length > 0 ? `${v.photos.length} ${t("ảnh", "photos")} · ` : ""}
                <Link className="text-brand-700 underline" href={routes.staff.visitMinutes(d.id, v.id)}>
                  {t("Xem, in biên bản", "View, print the minutes")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {canManage && canVisit && (
        <div className="mt-4 border-t pt-4">
          <ActionForm
            action={recordVisitAction.bind(null, d.id)}
            submitLabel={t("Ghi kết quả kiểm tra", "Record the inspection")}
            locale={locale}
            fields={[
              {
                name: "kind",
                label: t("Loại", "Type"),
                type: "select",
                options: [
                  {
                    value: "MONITORING",
                    label: t("Kiểm tra, giám sát trong khi thực hiện", "Inspection, monitoring during implementation"),
                  },
                  {
                    value: "POST_CHECK",
                    label: t("Hậu kiểm sau nghiệm thu / quyết toán", "Post-check after acceptance / settlement"),
                  },
                ],
              },
              {
                name: "visitedAt",
                label: t("Ngày kiểm tra", "Inspection date"),
                type: "date",
                defaultValue: todayIso(),
                required: true,
              },
              {
                name: "findings",
                label: t("Kết quả, phát hiện", "Results, findings"),
                type: "textarea",
                required: true,
              },
              {
                name: "compliant",
                label: t("Kết luận", "Conclusion"),
                type: "select",
                options: [
                  { value: "yes", label: t("Thực hiện đúng cam kết", "Carried out as committed") },
                  { value: "no", label: t("Có sai phạm, cần xử lý", "Violations found, action needed") },
                ],
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
