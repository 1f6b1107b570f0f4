import "server-only";
import { dbRead } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { provinceWithPredecessors, type DashboardScope } from "@/lib/territory/scope";
import { COMMITTED_STATUSES } from "@/lib/dashboard/statuses";
import { loadIndicatorRows } from "@/lib/dashboard/indicators-query";
import { loadPeriods, previousWindow } from "@/lib/dashboard/options-query";
import { elapsedShareBp, parsePeriod } from "@/lib/metrics/period";
import { vnDay } from "@/lib/dates";
import type { ChiTieuQuery, DeAnQuery } from "@/lib/public-data/schemas";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { STATUS_META } from "@/lib/metrics/status-meta";
import { loadOwnerBreakdown } from "@/lib/dashboard/owner-groups-query";
import { OWNER_GROUP_LABEL, suppressSmallCells } from "@/lib/metrics/owner-groups";

// Public transparency (no sign-in). What is published of a đề án is an explicit allow-list: title, year,
// fund, activity, area, beneficiary's registered name, approved support. Never a tax code, household
// registration number, representative, phone, e-mail or address (personal data, ND 13/2023/NĐ-CP).

// Household businesses and artisans are natural persons (Law 91/2025/QH15): the public list names their kind and
// commune, never the person (a household business is usually named after its owner).
const NATURAL_PERSON_KINDS = new Set<string>(["HKD", "NGHE_NHAN"]);
const NATURAL_PERSON_LABEL: Record<string, string> = {
  HKD: "Hộ kinh doanh (cá nhân — không công bố tên)",
  NGHE_NHAN: "Nghệ nhân (cá nhân — không công bố tên)",
};

async function publicScope(provinceCode: string | undefined): Promise<DashboardScope> {
  if (!provinceCode) return { provinceIds: null, provinceNames: [] };
  const db = await dbRead();
  const p = await provinceWithPredecessors(db, { code: provinceCode });
  return { provinceIds: p.ids, provinceNames: p.names };
}

export type PublicDeAn = {
  id: string;
  ma: string | null;
  ten: string;
  nam: number;
  nguonKinhPhi: string;
  noiDung: string;
  donViThuHuong: string | null;
  xa: string | null;
  tinh: string | null;
  tinhHienNay: string | null;
  kinhPhiHoTro: string;
  trangThai: string;
  /** Vietnamese label beside the stable status code. */
  trangThaiTen: string;
  /** The amounts are illustrative (not from a source): never to be quoted as fact. */
  minhHoa: boolean;
  nguon: string | null;
};

export async function listPublicDeAn(q: DeAnQuery) {
  const db = await dbRead();
  const scope = await publicScope(q.tinh);
  const where: Prisma.ProposalWhereInput = {
    status: { in: [...COMMITTED_STATUSES] },
    ...(q.nam ? { year: q.nam } : {}),
    ...(scope.provinceIds ? { agency: { provinceId: { in: scope.provinceIds } } } : {}),
  };
  // The official total leaves illustrative amounts out unless asked (minhHoa=1); the list shows every
  // đề án, each flagged.
  const official: Prisma.ProposalWhereInput = q.minhHoa === "1" ? where : { AND: [where, { fictional: false }] };
  const [total, rows, sum, illustrative] = await Promise.all([
    db.proposal.count({ where }),
    db.proposal.findMany({
      where,
      orderBy: [{ year: "desc" }, { title: "asc" }],
      skip: (q.trang - 1) * q.soDong,
      take: q.soDong,
      select: {
        id: true,
        code: true,
        title: true,
        year: true,
        fund: true,
        status: true,
        approvedSupport: true,
        fictional: true,
        source: true,
        beneficiaryName: true,
        activityCategory: { select: { name: true } },
        establishment: { select: { name: true, anonymizedAt: true, kind: true } },
        commune: { select: { name: true } },
        agency: { select: { province: { select: { name: true, successor: { select: { name: true } } } } } },
      },
    }),
    db.proposal.aggregate({ where: official, _sum: { approvedSupport: true } }),
    db.proposal.count({ where: { AND: [where, { fictional: true }] } }),
  ]);
  const data: PublicDeAn[] = rows.map((p) => ({
    id: p.id,
    ma: p.code,
    ten: p.title,
    nam: p.year,
    nguonKinhPhi: p.fund,
    noiDung: p.activityCategory.name,
    donViThuHuong: p.establishment?.anonymizedAt
      ? "(đã ẩn thông tin)"
      : p.establishment && NATURAL_PERSON_KINDS.has(p.establishment.kind)
        ? (NATURAL_PERSON_LABEL[p.establishment.kind] ?? null)
        : (p.beneficiaryName ?? p.establishment?.name ?? null),
    xa: p.commune?.name ?? null,
    tinh: p.agency.province?.name ?? null,
    tinhHienNay: p.agency.province?.successor?.name ?? p.agency.province?.name ?? null,
    kinhPhiHoTro: (p.approvedSupport ?? 0n).toString(),
    trangThai: p.status,
    trangThaiTen: STATUS_INFO[p.status].label.vi,
    minhHoa: p.fictional,
    nguon: p.source,
  }));
  return {
    data,
    total,
    trang: q.trang,
    soDong: q.soDong,
    tongKinhPhiHoTro: (sum._sum.approvedSupport ?? 0n).toString(),
    soDeAnMinhHoa: illustrative,
    tongGomMinhHoa: q.minhHoa === "1",
  };
}

export async function listPublicChiTieu(q: ChiTieuQuery, asOf = new Date()) {
  const db = await dbRead();
  const scope = await publicScope(q.tinh);
  const period = parsePeriod(q.ky) ?? { startYear: 2021, endYear: 2025 };
  const filters = { ...period, year: null, fund: null, category: null, commune: null, province: q.tinh ?? null };
  const previous = previousWindow(await loadPeriods(db, scope), period);
  const national = scope.provinceIds === null;
  const elapsedBp = elapsedShareBp(period.startYear, period.endYear, vnDay(asOf));
  const { rows } = await loadIndicatorRows(db, scope, filters, period, previous, elapsedBp, { areas: false });
  return {
    giaiDoan: `${period.startYear}-${period.endYear}`,
    giaiDoanTruoc: previous ? `${previous.startYear}-${previous.endYear}` : null,
    ghiChu: national
      ? "Toàn quốc: số liệu từng tỉnh đặt cạnh nhau (theoTinh); chỉ cộng thành tổng khi mọi tỉnh báo cáo cùng giai đoạn."
      : null,
    tyLeThoiGianDaQua: elapsedBp / 100,
    data: rows.map((r) => ({
      ma: r.code,
      ten: r.name,
      donVi: r.isMoney ? "đồng" : r.unit,
      heSo: r.valueScale,
      congDon: r.cumulative,
      mucTieu: r.target
        ? {
            giaTri: r.target.value,
            toiThieu: r.target.atLeast,
            hienThi: r.target.display,
            nguyenVan: r.target.rawTexts,
            nguon: r.target.sources,
          }
        : null,
      thucHien: r.actual.hasData ? { giaTri: r.actual.value, hienThi: r.actual.display } : null,
      tyLeDat: r.percentBp === null ? null : r.percentBp / 100,
      danhGia: r.status,
      danhGiaTen: STATUS_META[r.status].label.vi,
      theoTinh: r.series
        ? r.series.map((x) => ({ tinh: x.province, giaiDoan: x.period, hienThi: x.display }))
        : undefined,
      ghiChuToanQuoc: r.nationalNote ?? undefined,
      giaiDoanTruoc: r.previous?.hasData ? { giaTri: r.previous.value, hienThi: r.previous.display } : null,
    })),
  };
}

export async function listPublicProvinces(): Promise<Array<{ value: string; label: string }>> {
  const db = await dbRead();
  const rows = await db.adminUnit.findMany({
    where: { level: "PROVINCE", validTo: null },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ value: r.code, label: r.name }));
}

export type PublicOwnerGroup = {
  nhom: string;
  ten: string;
  /** Hidden (fewer than 3 establishments, or the one hidden with it): the three figures below are null. */
  anDi: boolean;
  soDeAn: number | null;
  soCoSo: number | null;
  kinhPhiHoTro: string | null;
};

/**
 * Approved đề án by owner group for the public page (issue 19): official amounts only (illustrative ones left
 * out), and a group with fewer than 3 establishments hidden with the next smallest (lib/metrics/owner-groups.ts),
 * so that no household business can be told from the figures.
 */
export async function listPublicOwnerGroups(q: { nam?: number; tinh?: string }): Promise<PublicOwnerGroup[]> {
  const db = await dbRead();
  const scope = await publicScope(q.tinh);
  const window = { startYear: q.nam ?? 2021, endYear: q.nam ?? 2025 };
  const o = await loadOwnerBreakdown(
    db,
    scope,
    { ...window, year: q.nam ?? null, fund: null, category: null, commune: null, province: q.tinh ?? null },
    window,
  );
  return suppressSmallCells(o.groups).map((c) => ({
    nhom: c.group,
    ten: OWNER_GROUP_LABEL[c.group].vi,
    anDi: c.suppressed,
    soDeAn: c.suppressed ? null : c.proposals,
    soCoSo: c.suppressed ? null : c.establishments,
    kinhPhiHoTro: c.suppressed ? null : c.support.toString(),
  }));
}
