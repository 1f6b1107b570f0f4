import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import { reconcileNationalSync } from "@/lib/national-sync/reconcile";
import { Card, PageHeader } from "@/components/ui/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Đồng bộ Cổng DVC quốc gia" : "National portal sync" };
}

const STATUS: Record<string, { vi: string; en: string }> = {
  PENDING: { vi: "Chờ gửi", en: "Pending" },
  SENT: { vi: "Đã gửi", en: "Sent" },
  FAILED: { vi: "Bị từ chối", en: "Refused" },
  SKIPPED: { vi: "Chưa cấu hình địa chỉ", en: "No endpoint configured" },
};

export default async function Page() {
  const actor = await requireActor("outbox.view");
  const r = await reconcileNationalSync(actor);
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  return (
    <>
      <PageHeader
        title={t("Đồng bộ trạng thái hồ sơ lên Cổng DVC quốc gia", "Dossier status sync to the national portal")}
        subtitle={t(
          "Mỗi lần hồ sơ đổi trạng thái được gửi một lần (khóa theo sự kiện), có thử lại khi lỗi. Đối soát: hỏi lại phía bên kia từng bản đã ghi là đã gửi.",
          "Each status change is sent once (keyed by the event), retried on errors. Reconciliation asks the other side back for each message recorded as sent.",
        )}
      />
      <Card title={t("Tình trạng", "Status")} className="mb-6">
        <ul className="flex flex-wrap gap-6" data-testid="sync-counts">
          {Object.keys(STATUS).map((k) => (
            <li key={k}>
              <span className="block text-2xl font-bold tabular-nums">
                {(r.counts[k] ?? 0).toLocaleString("vi-VN")}
              </span>
              {t(STATUS[k]!.vi, STATUS[k]!.en)}
            </li>
          ))}
        </ul>
        {!r.configured && (
          <p className="mt-2 text-amber-800">
            {t(
              "Chưa đặt NATIONAL_PORTAL_URL: không có gì được gửi.",
              "NATIONAL_PORTAL_URL is not set: nothing is sent.",
            )}
          </p>
        )}
      </Card>
      <Card title={t("Đối soát", "Reconciliation")} className="mb-6">
        <p>
          {t("Đã hỏi lại", "Checked")} {r.checked} · {t("bên kia có", "the other side has")} {r.confirmed} ·{" "}
          {t("bên kia không có", "missing there")} {r.missing.length}
        </p>
        {r.missing.length > 0 && (
          <ul className="mt-2 list-disc pl-6 text-sm">
            {r.missing.map((m) => (
              <li key={m.eventId}>
                {m.eventId} · {t("gửi lúc", "sent")} {formatDateTime(m.sentAt)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("Lỗi gần đây", "Recent errors")}>
        {r.failures.length === 0 ? (
          <p className="text-slate-600">{t("Không có.", "None.")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {r.failures.map((f) => (
              <li key={f.eventId}>
                {f.eventId} · {t(STATUS[f.status]?.vi ?? f.status, STATUS[f.status]?.en ?? f.status)} · {f.attempts}{" "}
                {t("lần", "tries")} · {f.lastError}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
