import { NextResponse } from "next/server";
import { signIn } from "@/lib/auth/auth";
import { OIDC_PROVIDER_ID, ssoEnabled } from "@/lib/auth/oidc";

// "Đăng nhập bằng VNeID" is a link to here: starts the OpenID Connect code flow (state, nonce and PKCE
// cookies are set by next-auth), then the browser goes to the identity provider.
export async function GET(req: Request) {
  if (!ssoEnabled()) return NextResponse.redirect(new URL("/dang-nhap", req.url));
  await signIn(OIDC_PROVIDER_ID, { redirectTo: "/sau-dang-nhap" });
}
