import Link from "next/link";
import { getLocale } from "@/lib/i18n/locale";
import { openActivitiesCached } from "@/lib/public-data/cached";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default async function HomePage() {
  const locale = await getLocale();
  const vi = locale === "vi";
  const activities = await openActivitiesCached();
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 p-6 text-white sm:p-10">
        <h1 className="text-2xl font-semibold sm:text-3xl">
          {vi ? "Khuyến công: tiếp sức cho công nghiệp nông thôn" : "Industrial extension for rural industry"}
        </h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          {vi
            ? "Cơ sở công nghiệp nông thôn (doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác, hộ kinh doanh) được hỗ trợ đào tạo nghề, mô hình trình diễn, máy móc thiết bị, sản xuất sạch hơn, thương hiệu, hội chợ theo Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP."
            : "Rural industrial establishments (SMEs, cooperatives, cooperative groups, household businesses) receive support for training, demonstration models, machinery, cleaner production, brands and fairs under Decree 45/2012, as amended by Decree 235/2025."}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <LinkButton href="/dang-ky" variant="secondary">
            {vi ? "Đăng ký tài khoản cơ sở" : "Register an establishment"}
          </LinkButton>
          <LinkButton href="/dang-nhap" variant="secondary">
            {vi ? "Đăng nhập" : "Sign in"}
          </LinkButton>
          <LinkButton href="/tra-cuu" variant="secondary">
            {vi ? "Tra cứu hồ sơ" : "Look up a dossier"}
          </LinkButton>
        </div>
      </section>
      <Card title={vi ? "Các nội dung đang nhận hồ sơ" : "Open calls"}>
        <p className="mb-3 text-sm text-slate-600">
          {vi
            ? "Nội dung hoạt động khuyến công theo quy định đang có hiệu lực hôm nay."
            : "Activity contents under the rules in force today."}
        </p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {activities.map((a) => (
            <li key={a.code} className="rounded-md border border-slate-200 p-3">
              <span className="font-semibold">{vi ? a.name : (a.nameEn ?? a.name)}</span>
              <span className="block text-xs text-slate-600">
                {vi ? `Nội dung ${a.contentNo} · ${a.article}` : `Content ${a.contentNo}`}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <div className="grid gap-4 sm:grid-cols-3">
        <Card title={vi ? "Nộp hồ sơ trực tuyến" : "Apply online"}>
          <p className="text-sm">
            {vi
              ? "Đăng ký, kiểm tra điều kiện, lập đề án và nộp kèm tài liệu; nhận mã hồ sơ ngay."
              : "Register, check eligibility, apply with documents and get a dossier code."}
          </p>
        </Card>
        <Card title={vi ? "Tra cứu tiến độ" : "Track progress"}>
          <p className="text-sm">
            <Link className="underline" href="/tra-cuu">
              {vi ? "Tra cứu bằng mã hồ sơ" : "Look up by dossier code"}
            </Link>
            {vi ? ", không cần đăng nhập." : ", no sign-in needed."}
          </p>
        </Card>
        <Card title={vi ? "Công khai" : "Transparency"}>
          <p className="text-sm">
            <Link className="underline" href="/cong-khai">
              {vi ? "Đề án được phê duyệt và kết quả" : "Approved projects and results"}
            </Link>
          </p>
        </Card>
      </div>
    </div>
  );
}
