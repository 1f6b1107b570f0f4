import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { listAuditRows } from "@/lib/audit-log/queries";
import { formatDateTime } from "@/lib/dates";
import { PageHeader, EmptyState } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { inputClass } from "@/components/forms/field";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.nhatKy.page")("auditLog") };
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<{ action?: string; entityId?: string }>;
}) {
  const actor = await requireActor("audit.view");
  const locale = await getLocale();
  const vi = locale === "vi";
  const t = translator(locale, "app.quanTri.nhatKy.page");
  const params = await searchParams;
  const rows = await listAuditRows(actor, { action: params.action ?? "", entityId: params.entityId ?? "" });
  return (
    <div className="space-y-4">
      <PageHeader title={t("auditLog")} subtitle={t("everyWriteWhoWhatWhen")} />
      <form className="flex flex-wrap items-end gap-3 no-print" role="search">
        <label className="text-sm font-semibold">
          {t("actionStartsWith")}
          <input name="action" defaultValue={params.action ?? ""} placeholder="proposal." className={inputClass} />
        </label>
        <label className="text-sm font-semibold">
          {t("entityId")}
          <input name="entityId" defaultValue={params.entityId ?? ""} className={inputClass} />
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          {t("filter")}
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={t("noMatchingEntries")} hint={t("removeAFilterToSee")} />
      ) : (
        <Table
          caption={t("newestEntries", { length: rows.length })}
          head={
            vi
              ? ["Thời điểm", "Người thực hiện", "Thao tác", "Đối tượng", "Lý do"]
              : ["When", "Who", "Action", "Entity", "Reason"]
          }
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap">{formatDateTime(r.at)}</Td>
              <Td>
                {r.actorName}
                {r.assisted && (
                  <>
                    {" "}
                    <Badge tone="info">{t("assisted")}</Badge>
                  </>
                )}
              </Td>
              <Td>
                <code>{r.action}</code>
              </Td>
              <Td className="text-xs">
                {r.entity} · {r.entityId}
              </Td>
              <Td>{r.reason ?? "—"}</Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
