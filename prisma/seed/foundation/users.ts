import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/credentials";

export const DEMO_PASSWORD = "KhuyenCong@2025";

type UserSeed = {
  email: string;
  phone?: string;
  name: string;
  role: Role;
  agency: string;
  title?: string;
  establishment?: string;
};

export const DEMO_USERS: UserSeed[] = [
  {
    email: "doanhnghiep@demo.vn",
    phone: "0912000001",
    name: "Nguyễn Văn Thành",
    role: "ENTERPRISE",
    agency: "000.00.20.H45",
    establishment: "DEMO-MOC-TIEN-THANH",
  },
  {
    email: "chuyenvien@demo.vn",
    phone: "0912000002",
    name: "Trần Thị Hoa",
    role: "STAFF",
    agency: "000.00.20.H45",
    title: "Chuyên viên Phòng Quản lý công nghiệp",
  },
  {
    email: "thamdinh1@demo.vn",
    name: "Lê Minh Đức",
    role: "APPRAISER",
    agency: "000.00.20.H45",
    title: "Thành viên Hội đồng thẩm định",
  },
  {
    email: "thamdinh2@demo.vn",
    name: "Phạm Thu Hằng",
    role: "APPRAISER",
    agency: "000.00.20.H45",
    title: "Thành viên Hội đồng thẩm định",
  },
  {
    email: "thamdinh3@demo.vn",
    name: "Vũ Quốc Khánh",
    role: "APPRAISER",
    agency: "000.00.20.H45",
    title: "Thành viên Hội đồng thẩm định",
  },
  {
    email: "lanhdao@demo.vn",
    phone: "0912000003",
    name: "Hoàng Văn Nam",
    role: "LEADER",
    agency: "000.00.20.H45",
    title: "Phó Giám đốc Sở Công Thương",
  },
  {
    email: "giamdoc@demo.vn",
    name: "Đỗ Thị Lan",
    role: "LEADER",
    agency: "000.00.20.H45",
    title: "Giám đốc Sở Công Thương",
  },
  {
    email: "quantri@demo.vn",
    name: "Ngô Quang Huy",
    role: "ADMIN",
    agency: "000.00.20.H45",
    title: "Quản trị hệ thống",
  },
  {
    email: "chuyenvien.bacninh@demo.vn",
    name: "Bùi Thị Mai",
    role: "STAFF",
    agency: "000.00.20.H04",
    title: "Chuyên viên Sở Công Thương Bắc Ninh",
  },
  {
    email: "bo@demo.vn",
    name: "Đặng Văn Bình",
    role: "MINISTRY_VIEWER",
    agency: "000.00.00.G12",
    title: "Chuyên viên Bộ Công Thương",
  },
];

export async function seedUsers(
  db: PrismaClient,
  agencies: Map<string, string>,
  establishments: Map<string, string>,
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const data = {
      name: u.name,
      role: u.role,
      phone: u.phone ?? null,
      title: u.title ?? null,
      passwordHash,
      agencyId: agencies.get(u.agency) ?? null,
      establishmentId: u.establishment ? (establishments.get(u.establishment) ?? null) : null,
      active: true,
      failedLogins: 0,
      lockedUntil: null,
    };
    await db.user.upsert({ where: { email: u.email }, create: { email: u.email, ...data }, update: data });
  }
}
