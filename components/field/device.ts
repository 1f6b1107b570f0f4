// What the field app asks of the device: a smaller copy of a large photo, the position, the offline copy of the page,
// the connection's changes.

/** Photos above this size are scaled down on the device before they are kept: less to send over a weak signal. */
const SCALE_ABOVE_BYTES = 1_500_000;

export async function scaleDown(file: File): Promise<Blob> {
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

export function position(): Promise<GeolocationPosition | null> {
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
export async function keepForOffline(): Promise<void> {
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

export function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}
