"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { keepForOffline, subscribeOnline } from "@/components/field/device";
import { FieldList } from "@/components/field/field-list";
import { FieldRecords } from "@/components/field/field-records";
import { VisitForm } from "@/components/field/visit-form";
import {
  allRecords,
  deleteRecord,
  loadList,
  putRecord,
  saveList,
  type FieldItem,
  type FieldList as List,
  type FieldRecord,
} from "@/components/field/store";
import { syncAll } from "@/components/field/sync";

// The field app (issue 19): the officer opens the day's list while online; visits and photos recorded afterwards are
// kept on the device and sent when the connection returns, each with its state. Works offline once opened: the page,
// its scripts and the list are kept by the service worker (sw/field-sw.ts). The list, the visit's form and the
// records on the device are their own components; this one holds the state they share and the sending.

const LIST_URL = "/api/thuc-dia/danh-sach";
const SW_SCOPE = "/can-bo/thuc-dia";

export function FieldApp({ officer }: { officer: string }) {
  const t = useTranslations("components.field.fieldApp");
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const [list, setList] = useState<List | null>(null);
  const [listFrom, setListFrom] = useState<"network" | "device" | null>(null);
  const [records, setRecords] = useState<FieldRecord[]>([]);
  const [ready, setReady] = useState(false);
  const [selected, setSelected] = useState<FieldItem | null>(null);
  const [notice, setNotice] = useState("");

  const refresh = useCallback(async () => setRecords(await allRecords()), []);
  const sync = useCallback(async () => {
    if (!navigator.onLine) return;
    const n = await syncAll();
    await refresh();
    if (n > 0) setNotice(t("sent", { count: n }));
  }, [refresh, t]);

  const fetchList = useCallback(async () => {
    try {
      const res = await fetch(LIST_URL, { credentials: "same-origin" });
      if (!res.ok) throw new Error(String(res.status));
      const fresh = (await res.json()) as List;
      await saveList(fresh);
      setList(fresh);
      // Offline, the service worker answered with the list it kept.
      setListFrom(navigator.onLine ? "network" : "device");
    } catch {
      const kept = await loadList();
      setList(kept ?? null);
      setListFrom(kept ? "device" : null);
    }
  }, []);

  useEffect(() => {
    // The connection returns: send what waits.
    const up = () => void sync();
    window.addEventListener("online", up);
    void (async () => {
      if ("serviceWorker" in navigator) {
        try {
          await navigator.serviceWorker.register("/sw.js", { scope: SW_SCOPE });
          await navigator.serviceWorker.ready;
          await keepForOffline();
        } catch {
          // Without a worker the app still records offline while the page stays open.
        }
      }
      await fetchList();
      await refresh();
      setReady(true);
      await sync();
    })();
    return () => {
      window.removeEventListener("online", up);
    };
  }, [fetchList, refresh, sync]);

  async function save(record: FieldRecord) {
    await putRecord(record);
    setSelected(null);
    await refresh();
    setNotice(navigator.onLine ? t("savedSending") : t("savedOffline"));
    await sync();
  }

  async function keep(r: FieldRecord) {
    await putRecord({ ...r, state: "pending", resolve: "keep", message: undefined });
    await refresh();
    await sync();
  }

  async function discard(r: FieldRecord) {
    await deleteRecord(r.clientId);
    await refresh();
  }

  const waiting = records.filter((r) => r.state === "pending").length;

  return (
    <div className="space-y-6">
      <p
        role="status"
        data-testid="field-connection"
        className={`rounded-md border p-3 text-sm ${online ? "border-green-300 bg-green-50" : "border-amber-300 bg-amber-50"}`}
      >
        {online ? t("online") : t("offline")} {waiting > 0 && t("waiting", { count: waiting })}{" "}
        {online && waiting > 0 && (
          <button type="button" className="font-semibold text-brand-700 underline" onClick={() => void sync()}>
            {t("sendNow")}
          </button>
        )}
      </p>
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="field-notice">
        {notice}
      </p>

      <FieldList ready={ready} list={list} listFrom={listFrom} officer={officer} onPick={setSelected} />

      {selected && list && (
        <VisitForm key={selected.id} selected={selected} list={list} onSave={save} onCancel={() => setSelected(null)} />
      )}

      <FieldRecords records={records} onKeep={(r) => void keep(r)} onDiscard={(r) => void discard(r)} />
    </div>
  );
}
