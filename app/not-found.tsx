import Link from "next/link";

// Also what a record one may not see looks like: exactly like one that does not exist.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3">Trang hoặc hồ sơ bạn tìm không tồn tại, hoặc bạn không có quyền xem. Hãy kiểm tra lại đường dẫn hoặc mã hồ sơ.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white">Về trang chủ</Link>
        <Link href="/tra-cuu" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-semibold">Tra cứu hồ sơ</Link>
      </div>
    </main>
  );
}
