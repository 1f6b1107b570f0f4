"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import {
  allRecords,
  deleteRecord,
  loadList,
  putRecord,
  saveList,
  type FieldItem,
  type FieldList,
  type FieldPhoto,
  type FieldRecord,
} from "@/components/field/store";
import { syncAll } from "@/components/field/sync";

// The field app (issue 19): the officer opens the day's list while online; visits and photos recorded afterwards are
// kept on the device and sent when the connection returns, each with its state. Works offline once opened: the page,
// its scripts and the list are kept by the service worker (sw/field-sw.ts).

const LIST_URL = "/api/thuc-dia/danh-sach";
const SW_SCOPE = "/can-bo/thuc-dia";
const MAX_PHOTOS = 6;
/** Photos above this size are scaled down on the device before they are kept: less to send over a weak signal. */
const SCALE_ABOVE_BYTES = 1_500_000;

const STATE_LABEL: Record<FieldRecord["state"], string> = {
  pending: "Chưa gửi",
  sending: "Đang gửi",
  sent: "Đã gửi",
  conflict: "Xung đột",
  invalid: "Cần sửa",
};
const STATE_TONE: Record<FieldRecord["state"], string> = {
  pending: "bg-amber-100 text-amber-900",
  sending: "bg-blue-100 text-blue-900",
  sent: "bg-green-100 text-green-900",
  conflict: "bg-red-100 text-red-900",
  invalid: "bg-red-100 text-red-900",
};

const two = (n: number) => String(n).padStart(2, "0");
function stamp(iso: string): string {
  const d = new Date(iso);
  return `${two(d.getHours())}:${two(d.getMinutes())} ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}
const coord = (v: number) => v.toLocaleString("vi-VN", { minimumFractionDigits: 5, maximumFractionDigits: 5 });
export function photoStamp(p: Pick<FieldPhoto, "takenAt" | "latitude" | "longitude" | "accuracyM">): string {
  const where =
    p.latitude !== null && p.longitude !== null
      ? ` · GPS ${coord(p.latitude)}, ${coord(p.longitude)}${p.accuracyM !== null ? ` (±${Math.round(p.accuracyM)} m)` : ""}`
      : " · không ghi vị trí";
  return `Chụp lúc ${stamp(p.takenAt)}${where}`;
}
function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

async function scaleDown(file: File): Promise<Blob> {
  if (file.size <= SCALE_ABOVE_BYTES || typeof createImageBitmap !== "function") return file;
  try {
    const bmp = await createImageBitmap(file);
    const k = Math.min(1, 1600 / Math.max(bmp.width, bmp.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bmp.width * k);
    canvas.height = Math.round(bmp.height * k);
    canvas.getContext("2d")!.drawImage(bmp, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/jpeg", 0.82));
    return blob ?? file;
  } catch {
    return file;
  }
}

function position(): Promise<GeolocationPosition | null> {
  if (!("geolocation" in navigator)) return Promise.resolve(null);
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(resolve, () => resolve(null), {
      enableHighAccuracy: true,
      timeout: 10_000,
      maximumAge: 60_000,
    }),
  );
}

/** Keeps the page and the assets it loaded before the worker took control, so that it opens again offline. */
async function keepForOffline(): Promise<void> {
  if (!("caches" in window)) return;
  const assets = performance
    .getEntriesByType("resource")
    .map((e) => e.name)
    .filter((u) => {
      const url = new URL(u);
      return url.origin === location.origin && url.pathname.startsWith("/_next/static/");
    });
  await (await caches.open("kc-field-static")).addAll(assets).catch(() => undefined);
  await (await caches.open("kc-field-pages")).add(location.pathname).catch(() => undefined);
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

type Errors = Partial<Record<"visitedAt" | "findings" | "compliant" | "photos", string>>;

export function FieldApp({ officer }: { officer: string }) {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const [list, setList] = useState<FieldList | null>(null);
  const [listFrom, setListFrom] = useState<"network" | "device" | null>(null);
  const [records, setRecords] = useState<FieldRecord[]>([]);
  const [ready, setReady] = useState(false);
  const [selected, setSelected] = useState<FieldItem | null>(null);
  const [photos, setPhotos] = useState<FieldPhoto[]>([]);
  const [gpsConsent, setGpsConsent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState("");
  const formRef = useRef<HTMLFormElement>(null);

  const refresh = useCallback(async () => setRecords(await allRecords()), []);
  const sync = useCallback(async () => {
    if (!navigator.onLine) return;
    const n = await syncAll();
    await refresh();
    if (n > 0) setNotice(`Đã gửi ${n} biên bản lên cổng.`);
  }, [refresh]);

  const fetchList = useCallback(async () => {
    try {
      const res = await fetch(LIST_URL, { credentials: "same-origin" });
      if (!res.ok) throw new Error(String(res.status));
      const fresh = (await res.json()) as FieldList;
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

  async function addPhotos(files: File[]) {
    if (!files.length) return;
    if (photos.length + files.length > MAX_PHOTOS) {
      setErrors((e) => ({ ...e, photos: `Tối đa ${MAX_PHOTOS} ảnh mỗi biên bản.` }));
      return;
    }
    const pos = gpsConsent ? await position() : null;
    const added: FieldPhoto[] = [];
    for (const f of files) {
      added.push({
        name: f.name || "anh.jpg",
        blob: await scaleDown(f),
        // The device's time of the file: for a photo taken with the camera here, when it was taken.
        takenAt: new Date(f.lastModified || Date.now()).toISOString(),
        latitude: pos?.coords.latitude ?? null,
        longitude: pos?.coords.longitude ?? null,
        accuracyM: pos?.coords.accuracy ?? null,
      });
    }
    setPhotos((p) => [...p, ...added]);
    setErrors((e) => ({ ...e, photos: undefined }));
  }

  async function save(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    if (!selected || !list) return;
    const fd = new FormData(ev.currentTarget);
    const fields = {
      kind: (fd.get("kind") === "POST_CHECK" ? "POST_CHECK" : "MONITORING") as "MONITORING" | "POST_CHECK",
      visitedAt: String(fd.get("visitedAt") ?? ""),
      findings: String(fd.get("findings") ?? "").trim(),
      compliant:
        fd.get("compliant") === "no" ? ("no" as const) : fd.get("compliant") === "yes" ? ("yes" as const) : null,
    };
    const errs: Errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.visitedAt)) errs.visitedAt = "Chọn ngày kiểm tra.";
    else if (fields.visitedAt > todayLocal()) errs.visitedAt = "Ngày kiểm tra không được sau hôm nay.";
    if (fields.findings.length < 10) errs.findings = "Ghi kết quả kiểm tra (ít nhất 10 ký tự).";
    if (!fields.compliant) errs.compliant = "Chọn kết luận.";
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const record: FieldRecord = {
      clientId: crypto.randomUUID(),
      proposalId: selected.id,
      proposalTitle: selected.title,
      proposalCode: selected.code,
      baseVersion: selected.version,
      listedAt: list.listedAt,
      recordedAt: new Date().toISOString(),
      fields: { ...fields, compliant: fields.compliant! },
      photos,
      state: "pending",
    };
    await putRecord(record);
    setPhotos([]);
    setSelected(null);
    formRef.current?.reset();
    await refresh();
    setNotice(
      navigator.onLine
        ? "Đã lưu biên bản trên máy; đang gửi lên cổng."
        : "Đã lưu biên bản trên máy. Chưa có mạng: sẽ tự gửi khi có kết nối.",
    );
    await sync();
  }

  async function keep(r: FieldRecord) {
    await putRecord({ ...r, state: "pending", resolve: "keep", message: undefined });
    await refresh();
    await sync();
  }

  async function discard(r: FieldRecord) {
    if (!window.confirm("Bỏ biên bản này trên máy? Biên bản chưa gửi sẽ mất, không khôi phục được.")) return;
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
        {online ? "Đang có kết nối." : "Mất kết nối: biên bản được lưu trên máy và tự gửi khi có mạng."}{" "}
        {waiting > 0 && `${waiting} biên bản chưa gửi.`}{" "}
        {online && waiting > 0 && (
          <button type="button" className="font-semibold text-brand-700 underline" onClick={() => void sync()}>
            Gửi ngay
          </button>
        )}
      </p>
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="field-notice">
        {notice}
      </p>

      <section aria-labelledby="field-list-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="field-list-title" className="mb-2 text-lg font-semibold">
          Danh sách đề án trong ngày
        </h2>
        {!ready ? (
          <p className="text-sm text-slate-600">Đang tải…</p>
        ) : !list ? (
          <p className="text-sm">
            Chưa có danh sách trên máy. Mở trang này khi có mạng để tải danh sách trước khi đi hiện trường.
          </p>
        ) : list.items.length === 0 ? (
          <p className="text-sm">Không có đề án đang thực hiện hoặc chờ hậu kiểm trong phạm vi của bạn.</p>
        ) : (
          <>
            <p className="mb-2 text-xs text-slate-600" data-testid="field-list-source">
              {listFrom === "device" ? "Danh sách lưu trên máy, tải lúc " : "Danh sách tải lúc "}
              {stamp(list.listedAt)} · {officer}
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
                      {p.lastVisit ? ` · kiểm tra gần nhất ${p.lastVisit.split("-").reverse().join("/")}` : ""}
                      {p.scheduledToday ? " · nghiệm thu hôm nay" : ""}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700"
                    onClick={() => {
                      setSelected(p);
                      setErrors({});
                      setPhotos([]);
                    }}
                    aria-label={`Ghi biên bản kiểm tra: ${p.title}`}
                  >
                    Ghi biên bản
                  </button>
                </li>
              ))}
            </ul>
            {list.more && <p className="mt-2 text-xs text-slate-600">Chỉ hiện 100 đề án cập nhật gần nhất.</p>}
          </>
        )}
      </section>

      {selected && (
        <section aria-labelledby="field-form-title" className="rounded-lg border border-brand-600 bg-white p-4">
          <h2 id="field-form-title" className="mb-1 text-lg font-semibold">
            Biên bản kiểm tra: {selected.title}
          </h2>
          <p className="mb-3 text-xs text-slate-600">Trạng thái khi tải danh sách: {selected.statusLabel}</p>
          <form ref={formRef} onSubmit={(e) => void save(e)} noValidate className="space-y-3" data-testid="field-form">
            <div>
              <label htmlFor="f-kind" className="block text-sm font-medium">
                Loại
              </label>
              <select id="f-kind" name="kind" className="w-full rounded-md border border-slate-300 px-3 py-2">
                <option value="MONITORING">Kiểm tra, giám sát trong khi thực hiện</option>
                <option value="POST_CHECK">Hậu kiểm sau nghiệm thu / quyết toán</option>
              </select>
            </div>
            <div>
              <label htmlFor="f-date" className="block text-sm font-medium">
                Ngày kiểm tra
              </label>
              <input
                id="f-date"
                name="visitedAt"
                type="date"
                defaultValue={todayLocal()}
                aria-invalid={!!errors.visitedAt}
                aria-describedby={errors.visitedAt ? "f-date-err" : undefined}
                className="rounded-md border border-slate-300 px-3 py-2"
              />
              {errors.visitedAt && (
                <p id="f-date-err" className="text-sm text-red-700">
                  {errors.visitedAt}
                </p>
              )}
            </div>
            <div>
              <label htmlFor="f-findings" className="block text-sm font-medium">
                Kết quả kiểm tra
              </label>
              <textarea
                id="f-findings"
                name="findings"
                rows={4}
                aria-invalid={!!errors.findings}
                aria-describedby={errors.findings ? "f-findings-err" : undefined}
                className="w-full rounded-md border border-slate-300 px-3 py-2"
              />
              {errors.findings && (
                <p id="f-findings-err" className="text-sm text-red-700">
                  {errors.findings}
                </p>
              )}
            </div>
            <fieldset aria-describedby={errors.compliant ? "f-compliant-err" : undefined}>
              <legend className="text-sm font-medium">Kết luận</legend>
              <label className="mr-4 inline-flex items-center gap-2 py-1">
                <input type="radio" name="compliant" value="yes" /> Đúng cam kết
              </label>
              <label className="inline-flex items-center gap-2 py-1">
                <input type="radio" name="compliant" value="no" /> Có sai phạm
              </label>
              {errors.compliant && (
                <p id="f-compliant-err" className="text-sm text-red-700">
                  {errors.compliant}
                </p>
              )}
            </fieldset>
            <div>
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" checked={gpsConsent} onChange={(e) => setGpsConsent(e.target.checked)} />
                Tôi đồng ý ghi vị trí GPS của thiết bị vào ảnh chụp
              </label>
            </div>
            <div>
              <label htmlFor="f-photos" className="block text-sm font-medium">
                Ảnh hiện trường (tối đa {MAX_PHOTOS})
              </label>
              <input
                id="f-photos"
                type="file"
                accept="image/jpeg,image/png"
                capture="environment"
                multiple
                onChange={(e) => {
                  // Copied before the input is cleared: a FileList is live.
                  void addPhotos(Array.from(e.target.files ?? []));
                  e.target.value = "";
                }}
                aria-describedby={errors.photos ? "f-photos-err" : undefined}
              />
              {errors.photos && (
                <p id="f-photos-err" className="text-sm text-red-700">
                  {errors.photos}
                </p>
              )}
              <ul className="mt-2 space-y-1 text-xs" data-testid="field-photos">
                {photos.map((p, i) => (
                  <li key={i}>
                    {p.name} — {photoStamp(p)}
                  </li>
                ))}
              </ul>
            </div>
            <div className="flex gap-3">
              <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
                Lưu biên bản
              </button>
              <button
                type="button"
                className="rounded-md border border-slate-300 px-4 py-2"
                onClick={() => {
                  setSelected(null);
                  setPhotos([]);
                }}
              >
                Hủy
              </button>
            </div>
          </form>
        </section>
      )}

      <section aria-labelledby="field-records-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="field-records-title" className="mb-2 text-lg font-semibold">
          Biên bản trên máy này
        </h2>
        {records.length === 0 ? (
          <p className="text-sm text-slate-600">
            Chưa có biên bản nào. Chọn “Ghi biên bản” ở một đề án trong danh sách.
          </p>
        ) : (
          <ul className="divide-y">
            {records.map((r) => (
              <li key={r.clientId} className="py-3 text-sm" data-testid="field-record" data-state={r.state}>
                <p className="flex flex-wrap items-center gap-2">
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATE_TONE[r.state]}`}>
                    {STATE_LABEL[r.state]}
                  </span>
                  <span className="font-semibold">
                    {r.proposalCode ?? "—"} · {r.proposalTitle}
                  </span>
                </p>
                <p className="text-xs text-slate-600">
                  Ghi lúc {stamp(r.recordedAt)} · {r.photos.length} ảnh
                  {r.sentAt ? ` · gửi lúc ${stamp(r.sentAt)}` : ""}
                </p>
                {r.message && <p className="mt-1">{r.message}</p>}
                {r.state === "conflict" && r.conflict && (
                  <div className="mt-2 rounded-md border border-red-300 bg-red-50 p-3" data-testid="field-conflict">
                    <p className="font-semibold">
                      Đề án đã thay đổi từ khi tải danh sách — hiện: {r.conflict.current.statusLabel}
                    </p>
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
                          onClick={() => void keep(r)}
                        >
                          Đã xem thay đổi, vẫn gửi biên bản
                        </button>
                      ) : (
                        <p>Không gửi được biên bản này cho đề án ở trạng thái hiện tại.</p>
                      )}
                      <button
                        type="button"
                        className="rounded-md border border-slate-300 px-3 py-2"
                        onClick={() => void discard(r)}
                      >
                        Bỏ biên bản
                      </button>
                    </div>
                  </div>
                )}
                {r.state === "invalid" && (
                  <button
                    type="button"
                    className="mt-2 rounded-md border border-slate-300 px-3 py-2"
                    onClick={() => void discard(r)}
                  >
                    Bỏ biên bản
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
