import type { NextRequest } from "next/server";
import { publicJson } from "@/lib/public-data/http";
import { chiTieuQuery } from "@/lib/public-data/schemas";
import { publicChiTieuCached } from "@/lib/public-data/cached";

/** Targets against results per indicator for a programme period (`ky`) and province (`tinh`). */
export async function GET(req: NextRequest): Promise<Response> {
  return publicJson(req, chiTieuQuery, publicChiTieuCached);
}
