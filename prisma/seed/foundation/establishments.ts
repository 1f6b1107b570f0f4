import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EstablishmentKind } from "@/lib/generated/prisma/enums";
import { toSearchText } from "@/lib/text";
import { SRC } from "./figures";

type EstSeed = {
  key: string;
  name: string;
  kind: EstablishmentKind;
  commune?: string;
  agency: string;
  industry: string;
  workforce: number;
  fictional: boolean;
  source?: string;
  taxCode?: string;
  women?: boolean;
  ethnic?: boolean;
  representative?: string;
  /** Contract details (issue 16), invented for the demo establishments only: address, representative's title, bank account. */
  contract?: { address: string; representativeTitle: string; bankAccount: string; bankName: string };
};

// Real beneficiaries named by the articles keep their names and carry no invented tax code; the others are
// fictional and flagged so.
export const ESTABLISHMENTS: EstSeed[] = [
  {
    key: "TAN-VIET",
    name: "Công ty TNHH Thương mại và Cơ khí Tân Việt",
    kind: "DN",
    agency: "000.00.20.H62",
    industry: "Gia công cơ khí",
    workforce: 0,
    fictional: false,
    source: `${SRC.S001} (năm 2022 mang tên Công ty TNHH MTV xây dựng và thương mại Tân Việt; bài không nêu địa bàn)`,
  },
  {
    key: "ATLANTIC",
    name: "Công ty TNHH Bao bì Atlantic",
    kind: "DN",
    agency: "000.00.20.H62",
    industry: "Sản xuất bao bì",
    workforce: 0,
    fictional: false,
    source: SRC.S001,
  },
  {
    key: "LONG-THANH",
    name: "Công ty TNHH Đầu tư xây dựng Long Thanh",
    kind: "DN",
    agency: "000.00.20.H62",
    industry: "Gia công cơ khí",
    workforce: 0,
    fictional: false,
    source: SRC.S001,
  },
  {
    key: "DAI-AN-PHU",
    name: "Công ty cổ phần dệt Đại An Phú",
    kind: "DN",
    agency: "000.00.20.H62",
    industry: "Dệt may (găng tay dệt kim)",
    workforce: 0,
    fictional: false,
    source: SRC.S020,
  },
  {
    key: "DEMO-MOC-TIEN-THANH",
    name: "Hộ kinh doanh Mộc Tiến Thành",
    kind: "HKD",
    commune: "25-YEN-LAC",
    agency: "000.00.20.H45",
    industry: "Chế biến gỗ, đồ gỗ mỹ nghệ",
    workforce: 12,
    fictional: true,
    representative: "Nguyễn Văn Thành",
    taxCode: "2501234563",
    contract: {
      address: "Thôn minh họa, xã Yên Lạc, tỉnh Phú Thọ",
      representativeTitle: "Chủ hộ kinh doanh",
      bankAccount: "0000 1234 5678 (minh họa)",
      bankName: "Ngân hàng minh họa, chi nhánh Phú Thọ",
    },
  },
  {
    key: "DEMO-GOM-HUONG-CANH",
    name: "Hợp tác xã Gốm Hương Canh (minh họa)",
    kind: "HTX",
    commune: "25-BINH-XUYEN",
    agency: "000.00.20.H45",
    industry: "Gốm, vật liệu xây dựng không nung",
    workforce: 35,
    fictional: true,
    women: true,
  },
  {
    key: "DEMO-CO-KHI-TAM-DUONG",
    name: "Công ty TNHH Cơ khí Tam Dương (minh họa)",
    kind: "DN",
    commune: "25-TAM-DUONG",
    agency: "000.00.20.H45",
    industry: "Cơ khí phục vụ nông nghiệp",
    workforce: 58,
    fictional: true,
  },
  {
    key: "DEMO-BUN-KHO-VINH-TUONG",
    name: "Hộ kinh doanh Bún khô Vĩnh Tường (minh họa)",
    kind: "HKD",
    commune: "25-VINH-TUONG",
    agency: "000.00.20.H45",
    industry: "Chế biến lương thực, thực phẩm",
    workforce: 9,
    fictional: true,
    women: true,
  },
  {
    key: "DEMO-MAY-TRE-BINH-XUYEN",
    name: "Công ty TNHH Mây tre đan Bình Xuyên (minh họa)",
    kind: "DN",
    commune: "25-BINH-XUYEN",
    agency: "000.00.20.H45",
    industry: "Thủ công mỹ nghệ mây tre đan",
    workforce: 64,
    fictional: true,
  },
  {
    key: "DEMO-MY-CHU",
    name: "Hợp tác xã Mỳ gạo Chũ (minh họa)",
    kind: "HTX",
    commune: "27-CHU",
    agency: "000.00.20.H04",
    industry: "Chế biến nông sản (mỳ gạo)",
    workforce: 40,
    fictional: true,
    ethnic: true,
  },
];

export async function seedEstablishments(
  db: PrismaClient,
  units: Map<string, string>,
  agencies: Map<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const e of ESTABLISHMENTS) {
    const data = {
      name: e.name,
      kind: e.kind,
      communeId: e.commune ? (units.get(e.commune) ?? null) : null,
      agencyId: agencies.get(e.agency) ?? null,
      industry: e.industry,
      workforce: e.workforce,
      fictional: e.fictional,
      source: e.source ?? "Dữ liệu minh họa",
      taxCode: e.taxCode ?? null,
      womenOwned: e.women ?? false,
      ethnicMinorityOwned: e.ethnic ?? false,
      representative: e.representative ?? null,
      searchText: toSearchText(e.name, e.industry),
      ...(e.contract ?? {}),
    };
    const existing = await db.establishment.findFirst({ where: { name: e.name }, select: { id: true } });
    const row = existing
      ? await db.establishment.update({ where: { id: existing.id }, data })
      : await db.establishment.create({ data });
    ids.set(e.key, row.id);
  }
  return ids;
}
