import type { NextRequest } from "next/server";
import { publicJson } from "@/lib/public-data/http";
import { deAnQuery } from "@/lib/public-data/schemas";
import { listPublicDeAn } from "@/lib/public-data/queries";

/** Approved đề án, paginated; filters `nam` and `tinh` (documented in /api/public/v1/openapi.json). */
export async function GET(req: NextRequest): Promise<Response> {
  return publicJson(req, deAnQuery, listPublicDeAn);
}
