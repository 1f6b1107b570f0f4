import { listDeliveries } from "@/lib/notifications/queries";
import type { Actor } from "@/lib/auth/actor";
import type { Locale, Text } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { RetryDeliveryForm } from "./retry-form";
import { translator } from "@/lib/i18n/messages";

const STATUS = {
  PENDING: [{ vi: "Chờ gửi", en: "Pending" }, "info"],
  SENT: [{ vi: "Đã gửi", en: "Sent" }, "success"],
  FAILED: [{ vi: "Lỗi, đang thử lại", en: "Failed, retrying" }, "warning"],
  DEAD: [{ vi: "Thất bại (danh sách lỗi cuối)", en: "Dead-lettered" }, "danger"],
  CANCELLED: [
    { vi: "Hủy (người nhận tắt kênh / chưa cấu hình)", en: "Cancelled (opted out / not configured)" },
    "warning",
  ],
} as const satisfies Record<DeliveryStatus, readonly [Text, string]>;

export function isDeliveryStatus(s: string | undefined): s is DeliveryStatus {
  return Boolean(s && s in STATUS);
}

/** SMS and Zalo deliveries: pending / sent / failed with the error, a retry button, and the queue depth. */
export async function Deliveries({ actor, locale, status }: { actor: Actor; locale: Locale; status?: DeliveryStatus }) {
  const { rows, counts, depth } = await listDeliveries(actor, status);
  const t = translator(locale, "app.quanTri.hopThu.deliveries");
  return (
    <section className="mt-10" aria-labelledby="deliveries">
      <h2 id="deliveries" className="text-lg font-semibold">
        {t("smsAndZaloMessages")}
      </h2>
      <p className="text-sm text-slate-600">
        {t("queueWaiting")}{" "}
        {Object.entries(depth)
          .map(([q, n]) => `${q} ${n}`)
          .join(" · ")}
      </p>
      <nav aria-label={t("filterMessagesByStatus")} className="my-3 flex flex-wrap gap-2 text-sm">
        <a href="?" className="underline">
          {t("all")}
        </a>
        {(Object.keys(STATUS) as DeliveryStatus[]).map((s) => (
          <a key={s} href={`?tin=${s}`} className="underline">
            {STATUS[s][0][locale]} ({counts[s] ?? 0})
          </a>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noMessagesYet")}</p>
      ) : (
        <ul className="space-y-3" data-testid="deliveries">
          {rows.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={STATUS[m.status][1]}>{STATUS[m.status][0][locale]}</Badge>
                <span className="text-sm text-slate-600">
                  {m.channel} · {formatDateTime(m.createdAt)} · {t("to")} {m.to} · {t("tries")}: {m.attempts}
                </span>
                {(m.status === "FAILED" || m.status === "DEAD" || m.status === "CANCELLED") && (
                  <span className="ml-auto">
                    <RetryDeliveryForm id={m.id} locale={locale} />
                  </span>
                )}
              </div>
              <p className="mt-2 font-semibold">{m.subject}</p>
              {m.error && (
                <p className="mt-1 text-sm text-red-700">
                  {t("error")} {m.error}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
