import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { exportPersonalDataFull } from "@/lib/privacy/export";
import { isExpectedError } from "@/lib/errors";

// The signed-in person's own data, machine-readable (Law 91/2025/QH15, right of access).
export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  if (!actor.establishmentId) return NextResponse.json({ error: "Tài khoản chưa gắn với cơ sở nào." }, { status: 404 });
  try {
    const data = await exportPersonalDataFull(actor, actor.establishmentId);
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="du-lieu-ca-nhan.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isExpectedError(e)) return NextResponse.json({ error: e.message }, { status: 403 });
    throw e;
  }
}
