import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale, Text } from "@/lib/i18n/locale";

type NavItem = { href: string; label: Text };

// The areas each role reaches from the header; each later feature adds its entry here.
const NAV = {
  ENTERPRISE: [
    { href: "/doanh-nghiep", label: { vi: "Trang của tôi", en: "My home" } },
    { href: "/doanh-nghiep/ho-so", label: { vi: "Hồ sơ đề án", en: "My dossiers" } },
    { href: "/doanh-nghiep/co-so", label: { vi: "Thông tin cơ sở", en: "Establishment" } },
    { href: "/doanh-nghiep/thuc-hien", label: { vi: "Thực hiện đề án", en: "Implementation" } },
    { href: "/tra-cuu", label: { vi: "Tra cứu hồ sơ", en: "Dossier lookup" } },
    { href: "/thong-bao", label: { vi: "Thông báo", en: "Notifications" } },
  ],
  STAFF: [
    { href: "/can-bo", label: { vi: "Tổng quan", en: "Overview" } },
    { href: "/can-bo/ho-so", label: { vi: "Tiếp nhận hồ sơ", en: "Intake queue" } },
    { href: "/can-bo/dang-ky-ho", label: { vi: "Đăng ký, nộp hộ", en: "Assisted filing" } },
    { href: "/can-bo/ke-hoach", label: { vi: "Kế hoạch năm", en: "Annual plan" } },
    { href: "/can-bo/thuc-hien", label: { vi: "Thực hiện & quyết toán", en: "Implementation" } },
    { href: "/lanh-dao/bang-dieu-khien", label: { vi: "Bảng điều khiển", en: "Dashboard" } },
    { href: "/lanh-dao/ket-qua", label: { vi: "Kết quả ngoài đề án", en: "Other results" } },
    { href: "/lanh-dao/san-pham", label: { vi: "Sản phẩm tiêu biểu", en: "Typical products" } },
    { href: "/lanh-dao/bao-cao", label: { vi: "Báo cáo định kỳ", en: "Reports" } },
    { href: "/can-bo/nhap-du-lieu", label: { vi: "Nhập dữ liệu Excel", en: "Excel import" } },
    { href: "/thong-bao", label: { vi: "Thông báo", en: "Notifications" } },
  ],
  APPRAISER: [
    { href: "/hoi-dong", label: { vi: "Hồ sơ được phân công", en: "My assignments" } },
    { href: "/thong-bao", label: { vi: "Thông báo", en: "Notifications" } },
  ],
  LEADER: [
    { href: "/lanh-dao", label: { vi: "Tổng quan", en: "Overview" } },
    { href: "/lanh-dao/bang-dieu-khien", label: { vi: "Bảng điều khiển", en: "Dashboard" } },
    { href: "/lanh-dao/ket-qua", label: { vi: "Duyệt kết quả, mục tiêu", en: "Results and targets" } },
    { href: "/lanh-dao/bao-cao", label: { vi: "Báo cáo định kỳ", en: "Reports" } },
    { href: "/lanh-dao/san-pham", label: { vi: "Sản phẩm tiêu biểu", en: "Typical products" } },
    { href: "/can-bo/ho-so", label: { vi: "Hồ sơ chờ quyết định", en: "Dossiers" } },
    { href: "/can-bo/ke-hoach", label: { vi: "Kế hoạch năm", en: "Annual plan" } },
    { href: "/can-bo/thuc-hien", label: { vi: "Thực hiện & quyết toán", en: "Implementation" } },
    { href: "/thong-bao", label: { vi: "Thông báo", en: "Notifications" } },
    { href: "/quyet-dinh/uy-quyen", label: { vi: "Ủy quyền ký", en: "Signing delegations" } },
  ],
  ADMIN: [
    { href: "/quan-tri", label: { vi: "Quản trị", en: "Administration" } },
    { href: "/quan-tri/nhat-ky", label: { vi: "Nhật ký hệ thống", en: "Audit log" } },
    { href: "/quan-tri/quy-tac", label: { vi: "Mức hỗ trợ", en: "Support caps" } },
    { href: "/quan-tri/hop-thu", label: { vi: "Hộp thư đi", en: "Outbox" } },
    { href: "/can-bo/nhap-du-lieu", label: { vi: "Nhập dữ liệu Excel", en: "Excel import" } },
    { href: "/quan-tri/du-lieu-ca-nhan", label: { vi: "Dữ liệu cá nhân", en: "Personal data" } },
  ],
  MINISTRY_VIEWER: [
    { href: "/bo-cong-thuong", label: { vi: "Tổng quan toàn quốc", en: "National overview" } },
    { href: "/lanh-dao/bang-dieu-khien", label: { vi: "Bảng điều khiển", en: "Dashboard" } },
    { href: "/lanh-dao/bao-cao", label: { vi: "Báo cáo định kỳ", en: "Reports" } },
  ],
} as const satisfies Record<Role, readonly NavItem[]>;

export function navFor(role: Role, locale: Locale): Array<{ href: string; label: string }> {
  return NAV[role].map((i) => ({ href: i.href, label: i.label[locale] }));
}
