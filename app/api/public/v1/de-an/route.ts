import type { NextRequest } from "next/server";
import { publicJson } from "@/lib/public-data/http";
import { deAnQuery } from "@/lib/public-data/schemas";
import { publicDeAnCached } from "@/lib/public-data/cached";

/** Approved đề án, paginated; filters `nam` and `tinh` (documented in /api/public/v1/openapi.json). */
export async function GET(req: NextRequest): Promise<Response> {
  return publicJson(req, deAnQuery, publicDeAnCached);
}
