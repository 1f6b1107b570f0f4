import { NextResponse, type NextRequest } from "next/server";

// A first gate only: every query and mutation authorizes itself again in lib/. The gate looks for the
// session cookie and never rewrites it, so an in-flight prefetch cannot bring a session back after
// sign-out; sessions therefore end at their fixed maxAge (lib/auth/config.ts).
const PROTECTED = ["/doanh-nghiep", "/can-bo", "/hoi-dong", "/lanh-dao", "/quan-tri", "/bo-cong-thuong", "/thong-bao", "/quyet-dinh"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  const signedIn = SESSION_COOKIES.some((name) => req.cookies.has(name));
  if (!signedIn && PROTECTED.some((p) => path === p || path.startsWith(`${p}/`))) {
    const url = new URL("/dang-nhap", req.nextUrl.origin);
    url.searchParams.set("next", path);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
