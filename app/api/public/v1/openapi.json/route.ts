import { NextResponse } from "next/server";
import { OPENAPI } from "@/lib/public-data/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return NextResponse.json(OPENAPI, { headers: { "Access-Control-Allow-Origin": "*" } });
}
