import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { exportPersonalDataFull } from "@/lib/privacy/export";
import { isExpectedError } from "@/lib/errors";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  const { id } = await params;
  try {
    const data = await exportPersonalDataFull(actor, id);
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="du-lieu-ca-nhan-${id}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isExpectedError(e))
      return NextResponse.json({ error: e.message }, { status: e.code === "FORBIDDEN" ? 403 : 404 });
    throw e;
  }
}
