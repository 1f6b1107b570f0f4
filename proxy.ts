import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

// A first gate only: every query and mutation authorizes itself again in lib/.
const { auth } = NextAuth(authConfig);

const PROTECTED = ["/doanh-nghiep", "/can-bo", "/hoi-dong", "/lanh-dao", "/quan-tri", "/bo-cong-thuong"];

export const proxy = auth((req) => {
  const path = req.nextUrl.pathname;
  if (!req.auth && PROTECTED.some((p) => path === p || path.startsWith(`${p}/`))) {
    const url = new URL("/dang-nhap", req.nextUrl.origin);
    url.searchParams.set("next", path);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
});

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
