import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { listEstablishmentsForPrivacy } from "@/lib/privacy/queries";
import { anonymizeEstablishmentAction } from "@/lib/privacy/actions";
import { formatDate } from "@/lib/dates";
import { AnonymizeForm } from "@/components/privacy/anonymize-form";
import { inputClass } from "@/components/forms/field";

export const metadata = { title: "Dữ liệu cá nhân — Quản trị" };

export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor("personalData.manage");
  const q = ((await searchParams).q ?? "").slice(0, 100);
  const rows = q ? await listEstablishmentsForPrivacy(actor, q) : [];
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">Dữ liệu cá nhân của cơ sở</h1>
      <p className="mt-2 text-slate-700">
        Xuất toàn bộ dữ liệu về một cơ sở (quyền truy cập của chủ thể dữ liệu) hoặc xóa dữ liệu cá nhân theo yêu cầu. Khi xóa, tên, mã số thuế,
        địa chỉ, người đại diện, điện thoại, email và tài khoản đăng nhập bị ẩn danh; số tiền, quyết định và chứng từ của đề án được giữ lại.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-2" role="search">
        <div className="grow">
          <label htmlFor="q" className="block text-sm font-semibold">Tên cơ sở hoặc mã số thuế</label>
          <input id="q" name="q" defaultValue={q} className={inputClass} placeholder="vd: moc tien thanh" />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">Tìm</button>
      </form>
      {q && rows.length === 0 && <p className="mt-4">Không tìm thấy cơ sở nào trong địa bàn của bạn. Thử gõ tên không dấu hoặc mã số thuế.</p>}
      {!q && <p className="mt-4 text-slate-600">Nhập tên hoặc mã số thuế để tìm cơ sở.</p>}
      <ul className="mt-4 space-y-4">
        {rows.map((r) => (
          <li key={r.id} className="rounded-md border border-slate-200 p-4">
            <p className="font-semibold">{r.name}</p>
            <p className="text-sm text-slate-700">
              MST: {r.taxCode ?? "—"} · Đại diện: {r.representative ?? "—"} · {r.accounts} tài khoản
            </p>
            <p className="mt-2">
              <Link className="text-brand-700 underline" href={`/quan-tri/du-lieu-ca-nhan/${r.id}/xuat`} prefetch={false}>Tải dữ liệu (JSON)</Link>
            </p>
            {r.anonymizedAt
              ? <p className="mt-2 text-sm">Đã xóa dữ liệu cá nhân ngày {formatDate(new Date(r.anonymizedAt))}.</p>
              : <AnonymizeForm establishmentId={r.id} name={r.name} action={anonymizeEstablishmentAction} />}
          </li>
        ))}
      </ul>
    </main>
  );
}
