"use client";

import Link from "next/link";

// Any unexpected failure while rendering a page: say so plainly, offer to retry, never show internals.
export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold">Không tải được trang</h1>
      <p className="mt-3" role="alert">
        Hệ thống gặp sự cố khi xử lý yêu cầu của bạn. Dữ liệu đã lưu không bị ảnh hưởng; thao tác đang dở chưa được ghi nhận.
      </p>
      {error.digest && <p className="mt-2 text-sm text-slate-700">Mã sự cố: <code>{error.digest}</code> (cung cấp mã này khi liên hệ hỗ trợ).</p>}
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">Thử lại</button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-semibold">Về trang chủ</Link>
      </div>
    </main>
  );
}
