import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale, Text } from "@/lib/i18n/locale";

type NavItem = { href: string; label: Text };
type NavGroup = { label: Text; items: readonly NavItem[] };

const NOTIFICATIONS: NavItem = { href: "/thong-bao", label: { vi: "Thông báo", en: "Notifications" } };
const one = (item: NavItem): NavGroup => ({ label: item.label, items: [item] });

// The areas each role reaches from the header, in groups: a group of one item is a plain link, a larger one
// a menu (components/layout/main-menu.tsx). Every item is reachable at every width (issue 13.4); each
// later feature adds its entry here.
const NAV = {
  ENTERPRISE: [
    one({ href: "/doanh-nghiep", label: { vi: "Trang của tôi", en: "My home" } }),
    one({ href: "/doanh-nghiep/ho-so", label: { vi: "Hồ sơ đề án", en: "My dossiers" } }),
    one({ href: "/doanh-nghiep/thuc-hien", label: { vi: "Thực hiện đề án", en: "Implementation" } }),
    one({ href: "/doanh-nghiep/co-so", label: { vi: "Thông tin cơ sở", en: "Establishment" } }),
    one({ href: "/tra-cuu", label: { vi: "Tra cứu hồ sơ", en: "Dossier lookup" } }),
    one({ href: "/tai-khoan/du-lieu-ca-nhan", label: { vi: "Dữ liệu cá nhân", en: "My personal data" } }),
    one(NOTIFICATIONS),
  ],
  STAFF: [
    one({ href: "/can-bo", label: { vi: "Tổng quan", en: "Overview" } }),
    {
      label: { vi: "Hồ sơ", en: "Dossiers" },
      items: [
        { href: "/can-bo/ho-so", label: { vi: "Tiếp nhận hồ sơ", en: "Intake queue" } },
        { href: "/can-bo/dang-ky-ho", label: { vi: "Đăng ký, nộp hộ", en: "Assisted filing" } },
        { href: "/can-bo/phan-anh", label: { vi: "Phản ánh, kiến nghị", en: "Feedback" } },
      ],
    },
    {
      label: { vi: "Kế hoạch, thực hiện", en: "Plans, implementation" },
      items: [
        { href: "/can-bo/ke-hoach", label: { vi: "Kế hoạch năm", en: "Annual plan" } },
        { href: "/can-bo/ke-hoach/kcqg", label: { vi: "Đăng ký đề án KCQG", en: "National-fund register" } },
        { href: "/can-bo/dot-nhan-de-an", label: { vi: "Đợt nhận đề án", en: "Calls for proposals" } },
        { href: "/can-bo/thuc-hien", label: { vi: "Thực hiện & quyết toán", en: "Implementation" } },
        { href: "/can-bo/thuc-dia", label: { vi: "Công tác hiện trường", en: "Field work" } },
        {
          href: "/can-bo/thuc-hien/bao-cao-dung-han",
          label: { vi: "Báo cáo tiến độ đúng hạn", en: "Reports on time" },
        },
      ],
    },
    {
      label: { vi: "Số liệu, báo cáo", en: "Figures, reports" },
      items: [
        { href: "/lanh-dao/bang-dieu-khien", label: { vi: "Bảng điều khiển", en: "Dashboard" } },
        { href: "/lanh-dao/ket-qua", label: { vi: "Kết quả ngoài đề án", en: "Other results" } },
        { href: "/lanh-dao/ket-qua/chat-luong", label: { vi: "Chất lượng số liệu", en: "Data quality" } },
        { href: "/lanh-dao/san-pham", label: { vi: "Sản phẩm tiêu biểu", en: "Typical products" } },
        { href: "/lanh-dao/bao-cao", label: { vi: "Báo cáo định kỳ", en: "Reports" } },
        { href: "/can-bo/nhap-du-lieu", label: { vi: "Nhập dữ liệu Excel", en: "Excel import" } },
      ],
    },
    one(NOTIFICATIONS),
  ],
  APPRAISER: [
    one({ href: "/hoi-dong", label: { vi: "Hồ sơ được phân công", en: "My assignments" } }),
    one(NOTIFICATIONS),
  ],
  LEADER: [
    one({ href: "/lanh-dao", label: { vi: "Tổng quan", en: "Overview" } }),
    {
      label: { vi: "Hồ sơ, quyết định", en: "Dossiers, decisions" },
      items: [
        { href: "/can-bo/ho-so", label: { vi: "Hồ sơ chờ quyết định", en: "Dossiers" } },
        { href: "/quyet-dinh/uy-quyen", label: { vi: "Ủy quyền ký", en: "Signing delegations" } },
        { href: "/can-bo/phan-anh", label: { vi: "Phản ánh, kiến nghị", en: "Feedback" } },
      ],
    },
    {
      label: { vi: "Kế hoạch, thực hiện", en: "Plans, implementation" },
      items: [
        { href: "/can-bo/ke-hoach", label: { vi: "Kế hoạch năm", en: "Annual plan" } },
        { href: "/can-bo/ke-hoach/kcqg", label: { vi: "Đăng ký đề án KCQG", en: "National-fund register" } },
        { href: "/can-bo/dot-nhan-de-an", label: { vi: "Đợt nhận đề án", en: "Calls for proposals" } },
        { href: "/can-bo/thuc-hien", label: { vi: "Thực hiện & quyết toán", en: "Implementation" } },
        { href: "/can-bo/thuc-dia", label: { vi: "Công tác hiện trường", en: "Field work" } },
        {
          href: "/can-bo/thuc-hien/bao-cao-dung-han",
          label: { vi: "Báo cáo tiến độ đúng hạn", en: "Reports on time" },
        },
      ],
    },
    {
      label: { vi: "Số liệu, báo cáo", en: "Figures, reports" },
      items: [
        { href: "/lanh-dao/bang-dieu-khien", label: { vi: "Bảng điều khiển", en: "Dashboard" } },
        { href: "/lanh-dao/ket-qua", label: { vi: "Duyệt kết quả, mục tiêu", en: "Results and targets" } },
        { href: "/lanh-dao/ket-qua/chat-luong", label: { vi: "Chất lượng số liệu", en: "Data quality" } },
        { href: "/lanh-dao/bao-cao", label: { vi: "Báo cáo định kỳ", en: "Reports" } },
        { href: "/lanh-dao/danh-gia", label: { vi: "Mức độ hài lòng", en: "Satisfaction" } },
        { href: "/lanh-dao/chi-so-phuc-vu", label: { vi: "Chỉ số phục vụ", en: "Service index" } },
        { href: "/lanh-dao/san-pham", label: { vi: "Sản phẩm tiêu biểu", en: "Typical products" } },
      ],
    },
    one(NOTIFICATIONS),
  ],
  ADMIN: [
    one({ href: "/quan-tri", label: { vi: "Quản trị", en: "Administration" } }),
    {
      label: { vi: "Hệ thống", en: "System" },
      items: [
        { href: "/quan-tri/nhat-ky", label: { vi: "Nhật ký hệ thống", en: "Audit log" } },
        { href: "/quan-tri/hop-thu", label: { vi: "Hộp thư đi", en: "Outbox" } },
        { href: "/quan-tri/du-lieu-ca-nhan", label: { vi: "Dữ liệu cá nhân", en: "Personal data" } },
        { href: "/quan-tri/dong-bo-dvcqg", label: { vi: "Đồng bộ DVC quốc gia", en: "National portal sync" } },
        {
          href: "/quan-tri/co-quan",
          label: { vi: "Thông tin cơ quan trên văn bản", en: "Agency details on documents" },
        },
      ],
    },
    {
      label: { vi: "Dữ liệu", en: "Data" },
      items: [
        { href: "/quan-tri/quy-tac", label: { vi: "Bộ quy tắc, mức hỗ trợ", en: "Rule sets, caps" } },
        { href: "/can-bo/nhap-du-lieu", label: { vi: "Nhập dữ liệu Excel", en: "Excel import" } },
      ],
    },
  ],
  MINISTRY_VIEWER: [
    one({ href: "/bo-cong-thuong", label: { vi: "Tổng quan toàn quốc", en: "National overview" } }),
    one({ href: "/bo-cong-thuong/quyet-dinh", label: { vi: "Quyết định đề án KCQG", en: "National-fund decisions" } }),
    one({ href: "/bo-cong-thuong/ket-qua", label: { vi: "Chấp nhận kết quả", en: "Accept results" } }),
    one({ href: "/lanh-dao/bang-dieu-khien", label: { vi: "Bảng điều khiển", en: "Dashboard" } }),
    one({ href: "/lanh-dao/bao-cao", label: { vi: "Báo cáo định kỳ", en: "Reports" } }),
    one({ href: "/lanh-dao/chi-so-phuc-vu", label: { vi: "Chỉ số phục vụ", en: "Service index" } }),
  ],
} as const satisfies Record<Role, readonly NavGroup[]>;

export type MenuLink = { href: string; label: string };
export type MenuGroup = { label: string; items: MenuLink[] };

export const NOTIFICATIONS_HREF = NOTIFICATIONS.href;

/** The role's menu in the visitor's language (plain data for the client menu). */
export function menuFor(role: Role, locale: Locale): MenuGroup[] {
  return NAV[role].map((g: NavGroup) => ({
    label: g.label[locale],
    items: g.items.map((i) => ({ href: i.href, label: i.label[locale] })),
  }));
}

/** Every item of the role's menu, flat (tests and the sitemap of a role). */
export function navFor(role: Role, locale: Locale): MenuLink[] {
  return menuFor(role, locale).flatMap((g) => g.items);
}
