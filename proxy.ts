import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp } from "@/lib/http/csp";

// A first gate only: every query and mutation authorizes itself again in lib/. The gate looks for the
// session cookie and never rewrites it, so an in-flight prefetch cannot bring a session back after
// sign-out; sessions therefore end at their fixed maxAge (lib/auth/config.ts).
// It also gives every page its own CSP nonce (lib/http/csp.ts): Next reads the request's CSP header and
// puts the nonce on the scripts it renders, so pages run no inline script without it.
const PROTECTED = [
  "/doanh-nghiep",
  "/can-bo",
  "/hoi-dong",
  "/lanh-dao",
  "/quan-tri",
  "/bo-cong-thuong",
  "/thong-bao",
  "/quyet-dinh",
];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  const signedIn = SESSION_COOKIES.some((name) => req.cookies.has(name));
  if (!signedIn && PROTECTED.some((p) => path === p || path.startsWith(`${p}/`))) {
    const url = new URL("/dang-nhap", req.nextUrl.origin);
    url.searchParams.set("next", path);
    return NextResponse.redirect(url);
  }
  const nonce = newNonce();
  const csp = pageCsp(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
