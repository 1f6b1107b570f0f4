import { NextResponse } from "next/server";
import { fieldDayList } from "@/lib/field/visits";
import { withActor } from "@/lib/reports/http";

// GET /api/thuc-dia/danh-sach — the field app's day list (issue 19): the đề án the officer may visit, today's
// acceptances first, each with the version the sync compares against. Cached by the field app's service worker.
export async function GET(): Promise<Response> {
  return withActor("funding.manage", async (actor) =>
    NextResponse.json(await fieldDayList(actor), { headers: { "Cache-Control": "private, no-store" } }),
  );
}
