// A small in-process cache for anonymous public data (the home page's open calls, the disclosure page and
// the open-data API): such data may be up to a minute old, as it would be behind any CDN, and every app
// instance keeps its own copy. Signed-in pages never read through it. Concurrent misses of one key share
// a single load; a failed load is not kept; the oldest entries go first beyond `max` keys.
type Entry = { at: number; value: Promise<unknown> };

export function ttlCache(opts: { ttlMs: number; max: number }) {
  const store = new Map<string, Entry>();
  return function cached<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = store.get(key);
    if (hit && now - hit.at < opts.ttlMs) return hit.value as Promise<T>;
    const value = load();
    store.delete(key);
    store.set(key, { at: now, value });
    value.catch(() => {
      if (store.get(key)?.value === value) store.delete(key);
    });
    while (store.size > opts.max) store.delete(store.keys().next().value as string);
    return value;
  };
}
