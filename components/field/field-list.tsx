"use client";

import { useTranslations } from "next-intl";
import { stamp } from "@/components/field/field-format";
import type { FieldItem, FieldList as List } from "@/components/field/store";

/** The day's list as it was loaded (from the network, or the copy kept on the device), each đề án with its button. */
export function FieldList({
  ready,
  list,
  listFrom,
  officer,
  onPick,
}: {
  ready: boolean;
  list: List | null;
  listFrom: "network" | "device" | null;
  officer: string;
  onPick: (item: FieldItem) => void;
}) {
  const t = useTranslations("components.field.fieldList");
  return (
    <section aria-labelledby="field-list-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="field-list-title" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      {!ready ? (
        <p className="text-sm text-slate-600">{t("loading")}</p>
      ) : !list ? (
        <p className="text-sm">{t("noListYet")}</p>
      ) : list.items.length === 0 ? (
        <p className="text-sm">{t("empty")}</p>
      ) : (
        <>
          <p className="mb-2 text-xs text-slate-600" data-testid="field-list-source">
            {t("loadedAt", { from: listFrom === "device" ? "device" : "network", at: stamp(list.listedAt), officer })}
          </p>
          <ul className="divide-y">
            {list.items.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2 py-2" data-testid="field-item">
                <div className="mr-auto min-w-0">
                  <p className="font-semibold">
                    {p.code ?? "—"} · {p.title}
                  </p>
                  <p className="text-xs text-slate-600">
                    {[p.establishment, p.commune, p.location].filter(Boolean).join(" · ")} · {p.statusLabel}
                    {p.lastVisit ? ` · ${t("lastVisit", { date: p.lastVisit.split("-").reverse().join("/") })}` : ""}
                    {p.scheduledToday ? ` · ${t("acceptanceToday")}` : ""}
                  </p>
                </div>
                <button
                  type="button"
                  className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700"
                  onClick={() => onPick(p)}
                  aria-label={t("recordFor", { title: p.title })}
                >
                  {t("record")}
                </button>
              </li>
            ))}
          </ul>
          {list.more && <p className="mt-2 text-xs text-slate-600">{t("onlyLatest")}</p>}
        </>
      )}
    </section>
  );
}
