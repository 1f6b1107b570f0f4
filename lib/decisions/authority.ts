import type { Fund, Role } from "@/lib/generated/prisma/enums";

// Authority follows the fund (issue 15; domain.md §3, §4.3, §4.4). KCQG: the province (Sở Công Thương)
// appraises and proposes; the Ministry of Industry and Trade approves or rejects within the national
// envelope (TT 36/2013/TT-BCT Art. 11; ND 45/2012 Art. 15 as amended by ND 235/2025). KCĐP: the department
// decides within the provincial plan the UBND tỉnh approved (TT 46/2012/TT-BCT Art. 8.3.b).

export type DecisionAuthority = { role: Role; holder: string; basis: string };

export const AUTHORITY: Record<Fund, DecisionAuthority> = {
  KCQG: {
    role: "MINISTRY_VIEWER",
    holder: "Bộ Công Thương",
    basis:
      "Thông tư 36/2013/TT-BCT (sửa đổi bởi Thông tư 17/2018/TT-BCT); Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP",
  },
  KCDP: {
    role: "LEADER",
    holder: "Lãnh đạo Sở Công Thương tỉnh, trong kế hoạch khuyến công địa phương được UBND tỉnh phê duyệt",
    basis:
      "điểm b khoản 3 Điều 8 Thông tư 46/2012/TT-BCT; quy chế quản lý kinh phí khuyến công địa phương của UBND tỉnh",
  },
};

/**
 * Null when the role may approve or reject a đề án of this fund; otherwise the refusal, in Vietnamese,
 * naming who holds the authority. Pure and cheap: checked before the decision's single statement.
 */
export function authorityRefusal(fund: Fund, role: Role): string | null {
  const a = AUTHORITY[fund];
  if (role === a.role) return null;
  if (fund === "KCQG") {
    return `Đề án sử dụng kinh phí khuyến công quốc gia (KCQG): Sở Công Thương thẩm định và đề xuất; thẩm quyền phê duyệt hoặc không phê duyệt thuộc ${a.holder} (${a.basis}).`;
  }
  return `Đề án sử dụng kinh phí khuyến công địa phương (KCĐP): thẩm quyền quyết định thuộc ${a.holder} (${a.basis}); Bộ Công Thương không quyết định đề án này.`;
}
