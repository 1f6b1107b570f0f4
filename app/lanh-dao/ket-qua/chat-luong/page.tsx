import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { routes } from "@/lib/routes";
import { listFlaggedResults } from "@/lib/results/quality-queries";
import { SIZE_FACTOR, SIZE_FLOOR } from "@/lib/metrics/result-quality";
import { PageHeader } from "@/components/ui/card";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.ketQua.chatLuong.page")("dataQualityOfResults") };
}

const RULES = new Set(["SIZE_OUTLIER", "BUDGET_OUTLIER", "EVIDENCE", "RANGE"]);

export default async function Page() {
  const actor = await requireActor("dashboard.view");
  const groups = await listFlaggedResults(actor);
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.ketQua.chatLuong.page");
  const total = groups.reduce((s, g) => s + g.rows.length, 0);
  return (
    <>
      <PageHeader
        title={t("dataQualityOfResults")}
        subtitle={t("resultValuesThatBrokeA", { SIZE_FACTOR, SIZE_FLOOR })}
      />
      {total === 0 ? (
        <p className="text-slate-600">{t("noFlaggedValueInYour")}</p>
      ) : (
        groups.map((g) => (
          <section key={g.unit} aria-label={g.unit} className="mb-6">
            <h2 className="mb-2 text-lg font-semibold">
              {g.unit} ({g.rows.length})
            </h2>
            <ul className="space-y-2 text-sm">
              {g.rows.map((r) => (
                <li key={r.id} className="rounded-md border border-amber-300 bg-amber-50 p-3">
                  <p className="font-semibold">
                    {r.indicator}: {Number(r.value).toLocaleString("vi-VN")} {r.unit}
                    {r.year ? ` (${r.year})` : ""} —{" "}
                    {r.flags.map((f) => (RULES.has(f) ? t(`rule.${f}`) : f)).join(", ")}
                  </p>
                  {r.note && <p className="mt-1">{r.note}</p>}
                  <p className="mt-1 text-slate-700">
                    {r.proposalId ? (
                      <Link className="text-brand-700 underline" href={routes.staff.implementation(r.proposalId)}>
                        {r.proposalCode ?? r.proposalTitle}
                      </Link>
                    ) : null}
                    {r.source ? ` · ${r.source}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
