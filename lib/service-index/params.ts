import { parseMonth, vnMonth } from "@/lib/metrics/service-index";

// The service index's view lives in the URL (`thang`, `coQuan`, `minhHoa`, `nhom`) so that it can be bookmarked,
// shared and exported as seen; a malformed value falls back to the default, never to an error page.
export type IndexParams = { month: string; agencyId: string | null; illustrative: boolean; group: string | null };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function pick(params: Params, key: string): string | null {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() ? s.trim() : null;
}

export function parseIndexParams(params: Params, now: Date = new Date()): IndexParams {
  const agency = pick(params, "coQuan");
  return {
    month: parseMonth(pick(params, "thang")) ?? vnMonth(now),
    agencyId: agency && /^[A-Za-z0-9_-]{1,40}$/.test(agency) ? agency : null,
    illustrative: pick(params, "minhHoa") === "1",
    group: pick(params, "nhom"),
  };
}
