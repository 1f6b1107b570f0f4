import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/dates";
import { reconcileNationalSync } from "@/lib/national-sync/reconcile";
import { Card, PageHeader } from "@/components/ui/card";
import { translator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.quanTri.dongBoDvcqg.page")("nationalPortalSync") };
}

const STATUSES = new Set(["PENDING", "SENT", "FAILED", "SKIPPED"]);

export default async function Page() {
  const actor = await requireActor("outbox.view");
  const r = await reconcileNationalSync(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.quanTri.dongBoDvcqg.page");
  return (
    <>
      <PageHeader title={t("dossierStatusSyncToThe")} subtitle={t("eachStatusChangeIsSent")} />
      <Card title={t("status")} className="mb-6">
        <ul className="flex flex-wrap gap-6" data-testid="sync-counts">
          {[...STATUSES].map((k) => (
            <li key={k}>
              <span className="block text-2xl font-bold tabular-nums">
                {(r.counts[k] ?? 0).toLocaleString("vi-VN")}
              </span>
              {t(`statusOf.${k}`)}
            </li>
          ))}
        </ul>
        {!r.configured && <p className="mt-2 text-amber-800">{t("nationalPortalUrlIsNot")}</p>}
      </Card>
      <Card title={t("reconciliation")} className="mb-6">
        <p>
          {t("checked")} {r.checked} · {t("theOtherSideHas")} {r.confirmed} · {t("missingThere")} {r.missing.length}
        </p>
        {r.missing.length > 0 && (
          <ul className="mt-2 list-disc pl-6 text-sm">
            {r.missing.map((m) => (
              <li key={m.eventId}>
                {m.eventId} · {t("sent")} {formatDateTime(m.sentAt)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("recentErrors")}>
        {r.failures.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {r.failures.map((f) => (
              <li key={f.eventId}>
                {f.eventId} · {STATUSES.has(f.status) ? t(`statusOf.${f.status}`) : f.status} · {f.attempts}{" "}
                {t("tries")} · {f.lastError}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
