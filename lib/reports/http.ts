import "server-only";
import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { isExpectedError } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { Capability } from "@/lib/auth/permissions";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachment(body: BodyInit, type: string, fileName: string): Response {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** Route handlers authorize like pages: signed in, capability, then the query's own scope. */
export async function withActor(capability: Capability, body: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
  try {
    assertCan(actor, capability);
    return await body(actor);
  } catch (e) {
    if (isExpectedError(e))
      return NextResponse.json(
        { error: e.message },
        { status: e.code === "FORBIDDEN" ? 403 : e.code === "NOT_FOUND" ? 404 : 400 },
      );
    const id = crypto.randomUUID().slice(0, 8);
    logError(id, e);
    return NextResponse.json({ error: `Lỗi hệ thống (mã ${id}).` }, { status: 500 });
  }
}
