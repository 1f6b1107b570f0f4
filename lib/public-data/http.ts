import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { hitRateLimit } from "@/lib/applications/rate-limit";
import { fieldErrorsOf, z } from "@/lib/validation";
import { logError } from "@/lib/log";
import { clientIp } from "@/lib/http/client-ip";
import { isDatabaseUnavailable } from "@/lib/resilience/db-errors";
import { reportDatabaseError } from "@/lib/resilience/db-state";
import { outageResponse } from "@/lib/resilience/outage-page";
import { queryObject } from "@/lib/public-data/schemas";

// 60 requests per minute per client address, counted in the database so it holds across instances.
export const PUBLIC_LIMIT = 60;
const WINDOW_MS = 60_000;

// The address the portal's server resolved through TRUSTED_PROXY_HOPS; never a header the client wrote.
function clientKey(req: NextRequest): string {
  return `public-api:${clientIp(req.headers)}`;
}

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" };

export async function publicJson<S extends z.ZodType>(
  req: NextRequest,
  schema: S,
  body: (q: z.output<S>) => Promise<unknown>,
): Promise<Response> {
  try {
    const db = await getDb();
    if (!(await hitRateLimit(db, clientKey(req), PUBLIC_LIMIT, WINDOW_MS))) {
      return NextResponse.json(
        { error: "Quá nhiều yêu cầu. Vui lòng thử lại sau 1 phút." },
        { status: 429, headers: { "Retry-After": "60" } },
      );
    }
    const parsed = schema.safeParse(queryObject(req.nextUrl.searchParams));
    if (!parsed.success)
      return NextResponse.json(
        { error: "Tham số không hợp lệ.", chiTiet: fieldErrorsOf(parsed.error) },
        { status: 400, headers: HEADERS },
      );
    return NextResponse.json(await body(parsed.data), { headers: HEADERS });
  } catch (e) {
    if (isDatabaseUnavailable(e)) {
      reportDatabaseError();
      return outageResponse(true);
    }
    const id = crypto.randomUUID().slice(0, 8);
    logError(id, e);
    return NextResponse.json({ error: `Lỗi hệ thống (mã ${id}).` }, { status: 500 });
  }
}
