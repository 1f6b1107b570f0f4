import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Fund, Pipeline, ProposalStatus } from "@/lib/generated/prisma/enums";
import { TRIEU } from "@/lib/money";
import { toSearchText } from "@/lib/text";
import { SRC } from "./figures";

type Line = { item: string; costKind: string; qty: number; unit: string; unitPrice: number; support: number };
type PSeed = {
  key: string;
  title: string;
  activity: string;
  est?: string;
  agency: string;
  commune?: string;
  year: number;
  fund: Fund;
  pipeline: Pipeline;
  status: ProposalStatus;
  code?: string;
  submittedAt?: string;
  lines: Line[];
  approved?: number;
  fictional: boolean;
  source: string;
  implementingUnit?: string;
  beneficiary?: string;
  objectives: string;
  history: Array<[string, ProposalStatus, string?]>;
};

const P_NOTE = `Tên đề án, đơn vị thụ hưởng và tổng 2.170 triệu đồng của 04 đề án: ${SRC.S001}. Bài không tách kinh phí từng đề án: số tiền, giá máy và vốn đối ứng của đề án này là MINH HỌA (trong mức trần).`;
const VP_CENTRE = "Trung tâm Phát triển Công Thương tỉnh Vĩnh Phúc";

export const PROPOSALS: PSeed[] = [
  {
    key: "P1",
    title: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất gia công cơ khí",
    activity: "UNG_DUNG_MAY_MOC",
    est: "TAN-VIET",
    beneficiary: "Công ty TNHH MTV xây dựng và thương mại Tân Việt",
    agency: "000.00.20.H62",
    year: 2022,
    fund: "KCQG",
    pipeline: "NATIONAL",
    status: "APPROVED",
    approved: 300,
    fictional: true,
    source: P_NOTE,
    implementingUnit: VP_CENTRE,
    objectives: "Đầu tư máy móc thiết bị tiên tiến nâng cao năng suất, chất lượng gia công cơ khí.",
    lines: [
      {
        item: "Máy gia công cơ khí (minh họa)",
        costKind: "MACHINERY",
        qty: 1,
        unit: "máy",
        unitPrice: 600,
        support: 300,
      },
    ],
    history: [],
  },
  {
    key: "P2",
    title:
      "Hỗ trợ các cơ sở công nghiệp nông thôn tham gia Hội chợ Công Thương vùng Đồng bằng sông Hồng - Vĩnh Phúc 2022",
    activity: "SAN_PHAM_HOI_CHO",
    agency: "000.00.20.H62",
    year: 2022,
    fund: "KCQG",
    pipeline: "NATIONAL",
    status: "APPROVED",
    approved: 1_120,
    fictional: true,
    source: P_NOTE,
    implementingUnit: VP_CENTRE,
    objectives: "Hỗ trợ nhiều cơ sở CNNT tham gia hội chợ vùng, quảng bá sản phẩm.",
    lines: [
      {
        item: "Tổ chức hội chợ, gian hàng cho cơ sở CNNT (minh họa)",
        costKind: "FAIR_ORGANISE",
        qty: 1,
        unit: "gói",
        unitPrice: 1_120,
        support: 1_120,
      },
    ],
    history: [],
  },
  {
    key: "P3",
    title: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất bao bì",
    activity: "UNG_DUNG_MAY_MOC",
    est: "ATLANTIC",
    agency: "000.00.20.H62",
    year: 2022,
    fund: "KCQG",
    pipeline: "NATIONAL",
    status: "APPROVED",
    approved: 300,
    fictional: true,
    source: P_NOTE,
    implementingUnit: VP_CENTRE,
    objectives: "Ứng dụng máy móc tiên tiến trong sản xuất bao bì.",
    lines: [
      {
        item: "Máy sản xuất bao bì (minh họa)",
        costKind: "MACHINERY",
        qty: 1,
        unit: "máy",
        unitPrice: 650,
        support: 300,
      },
    ],
    history: [],
  },
  {
    key: "P4",
    title: "Hỗ trợ ứng dụng dây chuyền công nghệ trong sản xuất gia công cơ khí",
    activity: "UNG_DUNG_MAY_MOC",
    est: "LONG-THANH",
    agency: "000.00.20.H62",
    year: 2022,
    fund: "KCQG",
    pipeline: "NATIONAL",
    status: "APPROVED",
    approved: 450,
    fictional: true,
    source: P_NOTE,
    implementingUnit: VP_CENTRE,
    objectives: "Ứng dụng dây chuyền công nghệ gia công cơ khí.",
    lines: [
      {
        item: "Dây chuyền gia công cơ khí (minh họa)",
        costKind: "TECH_LINE",
        qty: 1,
        unit: "dây chuyền",
        unitPrice: 1_000,
        support: 450,
      },
    ],
    history: [],
  },
  {
    key: "DAP-2020",
    title: "Hỗ trợ ứng dụng máy dệt kim tự động sản xuất găng tay",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DAI-AN-PHU",
    agency: "000.00.20.H62",
    year: 2020,
    fund: "KCQG",
    pipeline: "NATIONAL",
    status: "APPROVED",
    approved: 300,
    fictional: true,
    source: `Hỗ trợ KCQG 300 triệu đồng năm 2020: ${SRC.S020}. Giá máy và vốn đối ứng là MINH HỌA.`,
    implementingUnit: VP_CENTRE,
    objectives: "Máy dệt kim tự động sản xuất găng tay dệt kim.",
    lines: [
      {
        item: "Máy dệt kim tự động (minh họa)",
        costKind: "MACHINERY",
        qty: 1,
        unit: "cụm máy",
        unitPrice: 700,
        support: 300,
      },
    ],
    history: [],
  },
  // Fictional dossiers of 2026 in every state, so that every screen has something to show.
  {
    key: "D1",
    title: "Hỗ trợ máy chà nhám thùng tự động cho xưởng mộc",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DEMO-MOC-TIEN-THANH",
    agency: "000.00.20.H45",
    commune: "25-YEN-LAC",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "DRAFT",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Giảm bụi, tăng năng suất chà nhám 3 lần.",
    lines: [
      { item: "Máy chà nhám thùng 2 trục", costKind: "MACHINERY", qty: 1, unit: "máy", unitPrice: 240, support: 120 },
    ],
    history: [],
  },
  {
    key: "D2",
    title: "Ứng dụng máy CNC 4 trục trong chế tác đồ gỗ mỹ nghệ",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DEMO-MOC-TIEN-THANH",
    agency: "000.00.20.H45",
    commune: "25-YEN-LAC",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "SUBMITTED",
    code: "000.00.20.H45-260112-0001",
    submittedAt: "2026-01-12T02:30:00Z",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Chế tác hoa văn chính xác, giảm 40% thời gian gia công.",
    lines: [
      { item: "Máy CNC 4 trục đục gỗ", costKind: "MACHINERY", qty: 1, unit: "máy", unitPrice: 560, support: 280 },
    ],
    history: [["submit", "SUBMITTED"]],
  },
  {
    key: "D3",
    title: "Mô hình trình diễn lò nung gốm tiết kiệm năng lượng",
    activity: "MO_HINH_TRINH_DIEN",
    est: "DEMO-GOM-HUONG-CANH",
    agency: "000.00.20.H45",
    commune: "25-BINH-XUYEN",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "UNDER_APPRAISAL",
    code: "000.00.20.H45-260105-0001",
    submittedAt: "2026-01-05T03:00:00Z",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Trình diễn lò nung gas tiết kiệm 30% năng lượng, giảm khói bụi.",
    lines: [
      {
        item: "Lò nung gốm dùng gas",
        costKind: "DEMO_MODEL_NEW_TECH",
        qty: 1,
        unit: "lò",
        unitPrice: 1_500,
        support: 450,
      },
      { item: "Hội thảo trình diễn", costKind: "OTHER", qty: 1, unit: "cuộc", unitPrice: 30, support: 0 },
    ],
    history: [
      ["submit", "SUBMITTED"],
      ["startAppraisal", "UNDER_APPRAISAL"],
    ],
  },
  {
    key: "D4",
    title: "Hỗ trợ máy gấp tôn CNC sản xuất nông cụ",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DEMO-CO-KHI-TAM-DUONG",
    agency: "000.00.20.H45",
    commune: "25-TAM-DUONG",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "RETURNED",
    code: "000.00.20.H45-260106-0001",
    submittedAt: "2026-01-06T03:00:00Z",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Chủ động sản xuất nông cụ chất lượng cao.",
    lines: [{ item: "Máy gấp tôn CNC 3 m", costKind: "MACHINERY", qty: 1, unit: "máy", unitPrice: 700, support: 300 }],
    history: [
      ["submit", "SUBMITTED"],
      ["return", "RETURNED", "Thiếu 03 báo giá của nhà cung cấp khác nhau và giấy chứng nhận đăng ký doanh nghiệp."],
    ],
  },
  {
    key: "D5",
    title: "Ứng dụng máy sấy bún khô tuần hoàn khí nóng",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DEMO-BUN-KHO-VINH-TUONG",
    agency: "000.00.20.H45",
    commune: "25-VINH-TUONG",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "RECOMMENDED",
    code: "000.00.20.H45-260102-0001",
    submittedAt: "2026-01-02T03:00:00Z",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Sấy bún không phụ thuộc thời tiết, đảm bảo an toàn thực phẩm.",
    lines: [
      { item: "Máy sấy tuần hoàn khí nóng", costKind: "MACHINERY", qty: 1, unit: "máy", unitPrice: 380, support: 190 },
    ],
    history: [
      ["submit", "SUBMITTED"],
      ["startAppraisal", "UNDER_APPRAISAL"],
      ["closeScoring", "SCORED"],
      ["recommend", "RECOMMENDED", "Điểm bình quân 82/100; đề án phù hợp ưu tiên chế biến nông sản."],
    ],
  },
  {
    key: "D6",
    title: "Hỗ trợ máy chẻ và vót nan mây tre tự động",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DEMO-MAY-TRE-BINH-XUYEN",
    agency: "000.00.20.H45",
    commune: "25-BINH-XUYEN",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "APPROVED",
    code: "000.00.20.H45-251215-0001",
    submittedAt: "2025-12-15T03:00:00Z",
    approved: 250,
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Tăng năng suất vót nan, giữ 64 lao động nông thôn.",
    lines: [
      { item: "Máy chẻ nan tự động", costKind: "MACHINERY", qty: 2, unit: "máy", unitPrice: 150, support: 150 },
      { item: "Máy vót nan tự động", costKind: "MACHINERY", qty: 1, unit: "máy", unitPrice: 200, support: 100 },
    ],
    history: [
      ["submit", "SUBMITTED"],
      ["startAppraisal", "UNDER_APPRAISAL"],
      ["closeScoring", "SCORED"],
      ["recommend", "RECOMMENDED", "Đạt 85/100 điểm."],
      ["approve", "APPROVED", "Phê duyệt hỗ trợ 250 triệu đồng theo kế hoạch khuyến công địa phương năm 2026."],
    ],
  },
  {
    key: "D7",
    title: "Đào tạo nghề đan lát mây tre cho lao động nông thôn",
    activity: "DAO_TAO_NGHE",
    est: "DEMO-MAY-TRE-BINH-XUYEN",
    agency: "000.00.20.H45",
    commune: "25-BINH-XUYEN",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "REJECTED",
    code: "000.00.20.H45-260103-0001",
    submittedAt: "2026-01-03T03:00:00Z",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Đào tạo 30 lao động.",
    lines: [
      {
        item: "Chi phí lớp đào tạo 30 học viên",
        costKind: "TRAINING",
        qty: 30,
        unit: "học viên",
        unitPrice: 3,
        support: 90,
      },
    ],
    history: [
      ["submit", "SUBMITTED"],
      ["startAppraisal", "UNDER_APPRAISAL"],
      ["closeScoring", "SCORED"],
      ["notRecommend", "NOT_RECOMMENDED", "Trùng nội dung với lớp đào tạo đã hỗ trợ năm 2025."],
      ["reject", "REJECTED", "Không phê duyệt do trùng nội dung đã được hỗ trợ (tránh hỗ trợ trùng lặp)."],
    ],
  },
  {
    key: "D8",
    title: "Ứng dụng dây chuyền tráng, sấy mỳ gạo",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DEMO-MY-CHU",
    agency: "000.00.20.H04",
    commune: "27-CHU",
    year: 2026,
    fund: "KCDP",
    pipeline: "LOCAL",
    status: "SUBMITTED",
    code: "000.00.20.H04-260108-0001",
    submittedAt: "2026-01-08T03:00:00Z",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Nâng công suất 2 tấn/ngày.",
    lines: [
      {
        item: "Dây chuyền tráng, sấy mỳ",
        costKind: "TECH_LINE",
        qty: 1,
        unit: "dây chuyền",
        unitPrice: 900,
        support: 450,
      },
    ],
    history: [["submit", "SUBMITTED"]],
  },
  // A KCQG đề án of 2027 the province registered with the ministry before 20/06/2026: the ministry decides it (issue 15).
  {
    key: "D9",
    title: "Ứng dụng máy ép và lò sấy gốm mỹ nghệ xuất khẩu",
    activity: "UNG_DUNG_MAY_MOC",
    est: "DEMO-GOM-HUONG-CANH",
    agency: "000.00.20.H45",
    commune: "25-BINH-XUYEN",
    year: 2027,
    fund: "KCQG",
    pipeline: "NATIONAL",
    status: "MINISTRY_APPRAISAL",
    code: "000.00.20.H45-260504-0001",
    submittedAt: "2026-05-04T03:00:00Z",
    fictional: true,
    source: "Dữ liệu minh họa",
    objectives: "Nâng chất lượng gốm mỹ nghệ xuất khẩu, giảm tỷ lệ hỏng khi sấy.",
    lines: [
      {
        item: "Máy ép phôi gốm thủy lực và lò sấy tuần nhiệt",
        costKind: "MACHINERY",
        qty: 1,
        unit: "bộ",
        unitPrice: 700,
        support: 300,
      },
    ],
    history: [
      ["submit", "SUBMITTED"],
      ["startAppraisal", "UNDER_APPRAISAL"],
      ["closeScoring", "SCORED"],
      [
        "baseAppraise",
        "BASE_APPRAISED",
        "Đề án đủ điều kiện, đề nghị Bộ Công Thương xem xét đưa vào kế hoạch khuyến công quốc gia năm 2027.",
      ],
      ["sendToMinistry", "MINISTRY_APPRAISAL"],
    ],
  },
];

const m = (triệu: number) => BigInt(triệu) * TRIEU;

export async function seedProposals(
  db: PrismaClient,
  ids: {
    units: Map<string, string>;
    agencies: Map<string, string>;
    activities: Map<string, string>;
    establishments: Map<string, string>;
  },
): Promise<void> {
  for (const p of PROPOSALS) {
    const existing = await db.proposal.findFirst({ where: { title: p.title, year: p.year }, select: { id: true } });
    if (existing) {
      // Re-seeding keeps the provenance right on a database seeded before (flag, source, name at the time).
      await db.proposal.update({
        where: { id: existing.id },
        data: { fictional: p.fictional, source: p.source, beneficiaryName: p.beneficiary ?? null },
      });
      continue;
    }
    const lines = p.lines.map((l, i) => {
      const total = m(l.unitPrice) * BigInt(l.qty);
      return {
        position: i + 1,
        item: l.item,
        costKind: l.costKind,
        quantity: l.qty,
        unit: l.unit,
        unitPrice: m(l.unitPrice),
        total,
        requestedSupport: m(l.support),
        counterpart: total - m(l.support),
      };
    });
    const totalCost = lines.reduce((s, l) => s + l.total, 0n);
    const requested = lines.reduce((s, l) => s + l.requestedSupport, 0n);
    const activityKey = p.year < 2025 ? `${p.activity}@ND45` : p.activity;
    const est = p.est ? ids.establishments.get(p.est) : undefined;
    const estName = p.est
      ? (await db.establishment.findUnique({ where: { id: est as string }, select: { name: true } }))?.name
      : null;
    const created = await db.proposal.create({
      data: {
        code: p.code ?? null,
        title: p.title,
        objectives: p.objectives,
        activityCategoryId: ids.activities.get(activityKey) as string,
        establishmentId: est ?? null,
        beneficiaryName: p.beneficiary ?? estName ?? null,
        implementingUnit: p.implementingUnit ?? null,
        agencyId: ids.agencies.get(p.agency) as string,
        communeId: p.commune ? (ids.units.get(p.commune) ?? null) : null,
        fund: p.fund,
        pipeline: p.pipeline,
        year: p.year,
        status: p.status,
        totalCost,
        requestedSupport: requested,
        counterpart: totalCost - requested,
        approvedSupport: p.approved ? m(p.approved) : null,
        attestCounterpart: p.status !== "DRAFT",
        attestNoDoubleFunding: p.status !== "DRAFT",
        submittedAt: p.submittedAt
          ? new Date(p.submittedAt)
          : p.status === "DRAFT"
            ? null
            : new Date(`${p.year}-03-01`),
        startDate: new Date(`${p.year}-04-01`),
        endDate: new Date(`${p.year}-11-30`),
        fictional: p.fictional,
        source: p.source,
        searchText: toSearchText(p.title, p.code, estName),
        round: p.history.filter(([a]) => a === "return").length,
        budgetLines: { create: lines },
      },
    });
    let from: ProposalStatus = "DRAFT";
    let at = new Date(p.submittedAt ?? `${p.year}-03-01`).getTime();
    for (const [action, to, reason] of p.history) {
      await db.proposalEvent.create({
        data: {
          proposalId: created.id,
          action,
          fromStatus: from,
          toStatus: to,
          actorName: action === "submit" ? (estName ?? "Đơn vị thực hiện") : "Sở Công Thương",
          reason: reason ?? null,
          createdAt: new Date(at),
        },
      });
      from = to;
      at += 3 * 86_400_000;
    }
  }
}
