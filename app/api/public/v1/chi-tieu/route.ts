import type { NextRequest } from "next/server";
import { publicJson } from "@/lib/public-data/http";
import { chiTieuQuery } from "@/lib/public-data/schemas";
import { listPublicChiTieu } from "@/lib/public-data/queries";

/** Targets against results per indicator for a programme period (`ky`) and province (`tinh`). */
export async function GET(req: NextRequest): Promise<Response> {
  return publicJson(req, chiTieuQuery, (q) => listPublicChiTieu(q));
}
