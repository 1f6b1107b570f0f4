import { ttlCache } from "@/lib/cache/ttl";
import { listOpenActivities } from "@/lib/home/queries";
import {
  listPublicChiTieu,
  listPublicDeAn,
  listPublicOwnerGroups,
  listPublicProvinces,
} from "@/lib/public-data/queries";
import type { ChiTieuQuery, DeAnQuery } from "@/lib/public-data/schemas";

// What anonymous visitors read, at most one minute old (lib/cache/ttl.ts). The functions behind them are
// the uncached queries that tests and signed-in pages use.
const cached = ttlCache({ ttlMs: 60_000, max: 500 });

export const openActivitiesCached = () => cached("open-activities", () => listOpenActivities());
export const publicDeAnCached = (q: DeAnQuery) => cached(`de-an:${JSON.stringify(q)}`, () => listPublicDeAn(q));
export const publicChiTieuCached = (q: ChiTieuQuery) =>
  cached(`chi-tieu:${JSON.stringify(q)}`, () => listPublicChiTieu(q));
export const publicProvincesCached = () => cached("provinces", () => listPublicProvinces());
export const publicOwnerGroupsCached = (q: { nam?: number; tinh?: string }) =>
  cached(`nhom-chu:${JSON.stringify(q)}`, () => listPublicOwnerGroups(q));
