import type { FieldPhoto } from "@/components/field/store";

// Times and positions as the field app and its records show them (device time, vi-VN coordinates).

const two = (n: number) => String(n).padStart(2, "0");

/** "HH:MM DD/MM/YYYY" in the device's time. */
export function stamp(iso: string): string {
  const d = new Date(iso);
  return `${two(d.getHours())}:${two(d.getMinutes())} ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const coord = (v: number) => v.toLocaleString("vi-VN", { minimumFractionDigits: 5, maximumFractionDigits: 5 });

/** The GPS part of a photo's stamp ("GPS 21,30123, 105,20345 (±12 m)"), or null when no position was kept. */
export function gpsText(p: Pick<FieldPhoto, "latitude" | "longitude" | "accuracyM">): string | null {
  if (p.latitude === null || p.longitude === null) return null;
  return `GPS ${coord(p.latitude)}, ${coord(p.longitude)}${p.accuracyM !== null ? ` (±${Math.round(p.accuracyM)} m)` : ""}`;
}

/** Today on the device, as a date input's value. */
export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
