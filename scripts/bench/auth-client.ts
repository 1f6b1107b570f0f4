import { generate } from "otplib";

/** The demo officials' pre-enrolled TOTP secret (prisma/seed/identity.ts; demo data only, README). */
const DEMO_TOTP_SECRET = "KHUYENCONGDEMOTOTPSECRETABCDEFGH";

// Signs in through next-auth's own endpoints (CSRF token + credentials callback), as a browser would. Officials
// give the demo TOTP code with the password (issue 22); for an account without a second factor it is ignored.
export async function signInCookie(base: string, identifier: string, password = "KhuyenCong@2025"): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({
      identifier,
      password,
      otp: await generate({ secret: DEMO_TOTP_SECRET }),
      csrfToken,
      callbackUrl: `${base}/`,
    }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`Đăng nhập thất bại cho ${identifier} (HTTP ${res.status})`);
  return cookie();
}
