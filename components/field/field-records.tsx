"use client";

import { useTranslations } from "next-intl";
import { stamp } from "@/components/field/field-format";
import type { FieldRecord } from "@/components/field/store";

const STATE_TONE: Record<FieldRecord["state"], string> = {
  pending: "bg-amber-100 text-amber-900",
  sending: "bg-blue-100 text-blue-900",
  sent: "bg-green-100 text-green-900",
  conflict: "bg-red-100 text-red-900",
  invalid: "bg-red-100 text-red-900",
};

/** The records kept on this device, each with its state; a conflict shows what changed and lets the officer decide. */
export function FieldRecords({
  records,
  onKeep,
  onDiscard,
}: {
  records: FieldRecord[];
  onKeep: (r: FieldRecord) => void;
  onDiscard: (r: FieldRecord) => void;
}) {
  const t = useTranslations("components.field.fieldRecords");
  const discard = (r: FieldRecord) => {
    if (window.confirm(t("confirmDiscard"))) onDiscard(r);
  };
  return (
    <section aria-labelledby="field-records-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="field-records-title" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      {records.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y">
          {records.map((r) => (
            <li key={r.clientId} className="py-3 text-sm" data-testid="field-record" data-state={r.state}>
              <p className="flex flex-wrap items-center gap-2">
                <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATE_TONE[r.state]}`}>
                  {t(`state.${r.state}`)}
                </span>
                <span className="font-semibold">
                  {r.proposalCode ?? "—"} · {r.proposalTitle}
                </span>
              </p>
              <p className="text-xs text-slate-600">
                {t("recordedAt", { at: stamp(r.recordedAt), photos: r.photos.length })}
                {r.sentAt ? ` · ${t("sentAt", { at: stamp(r.sentAt) })}` : ""}
              </p>
              {r.message && <p className="mt-1">{r.message}</p>}
              {r.state === "conflict" && r.conflict && (
                <div className="mt-2 rounded-md border border-red-300 bg-red-50 p-3" data-testid="field-conflict">
                  <p className="font-semibold">{t("changedSince", { status: r.conflict.current.statusLabel })}</p>
                  <ul className="ml-5 list-disc">
                    {r.conflict.changes.map((c, i) => (
                      <li key={i}>
                        {stamp(c.at)}: {c.what}
                        {c.by ? ` (${c.by})` : ""}
                      </li>
                    ))}
                  </ul>
                  <div className="mt-2 flex flex-wrap gap-3">
                    {r.conflict.canKeep ? (
                      <button
                        type="button"
                        className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white"
                        onClick={() => onKeep(r)}
                      >
                        {t("keep")}
                      </button>
                    ) : (
                      <p>{t("cannotSend")}</p>
                    )}
                    <button
                      type="button"
                      className="rounded-md border border-slate-300 px-3 py-2"
                      onClick={() => discard(r)}
                    >
                      {t("discard")}
                    </button>
                  </div>
                </div>
              )}
              {r.state === "invalid" && (
                <button
                  type="button"
                  className="mt-2 rounded-md border border-slate-300 px-3 py-2"
                  onClick={() => discard(r)}
                >
                  {t("discard")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
