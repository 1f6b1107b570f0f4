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
import { translator } from "@/lib/i18n/messages";

export function VisitsCard({ d, canManage, locale }: { d: ImplementationDetail; canManage: boolean; locale: Locale }) {
  const t = translator(locale, "components.implementation.visitsCard");
  const canVisit = ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"].includes(d.status);
  return (
    <Card title={t("inspectionMonitoringAndPostChecks")}>
      {d.visits.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noInspectionsYet")}</p>
      ) : (
        <ul className="divide-y">
          {d.visits.map((v) => (
            <li key={v.id} className="py-2 text-sm">
              <p className="font-semibold">
                {v.kind === "MONITORING" ? t("inspectionMonitoring") : t("postCheck")} {t("on")}{" "}
                {formatDate(v.visitedAt)}{" "}
                <Badge tone={v.compliant ? "success" : "danger"}>
                  {v.compliant ? t("compliant") : t("violationsFound")}
                </Badge>
              </p>
              <p className="whitespace-pre-line">{v.findings}</p>
              <p className="mt-1 text-xs">
                {v.recordedAt ? `${t("recordedInTheFieldApp")} · ` : ""}
                {Array.isArray(v.photos) && v.photos.length > 0 ? `${v.photos.length} ${t("photos")} · ` : ""}
                <Link className="text-brand-700 underline" href={routes.staff.visitMinutes(d.id, v.id)}>
                  {t("viewPrintTheMinutes")}
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
            submitLabel={t("recordTheInspection")}
            locale={locale}
            fields={[
              {
                name: "kind",
                label: t("type"),
                type: "select",
                options: [
                  {
                    value: "MONITORING",
                    label: t("inspectionMonitoringDuringImplementation"),
                  },
                  {
                    value: "POST_CHECK",
                    label: t("postCheckAfterAcceptanceSettlement"),
                  },
                ],
              },
              {
                name: "visitedAt",
                label: t("inspectionDate"),
                type: "date",
                defaultValue: todayIso(),
                required: true,
              },
              {
                name: "findings",
                label: t("resultsFindings"),
                type: "textarea",
                required: true,
              },
              {
                name: "compliant",
                label: t("conclusion"),
                type: "select",
                options: [
                  { value: "yes", label: t("carriedOutAsCommitted") },
                  { value: "no", label: t("violationsFoundActionNeeded") },
                ],
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
