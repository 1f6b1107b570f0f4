import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

// A LOCAL DEMO identity provider — MÔI TRƯỜNG THỬ NGHIỆM, không phải VNeID thật. A real OpenID Connect server
// (oidc-provider, authorization code + PKCE) with invented citizens and organisations, so the portal's
// "Đăng nhập bằng VNeID" button works end to end in the demo and the e2e tests. Loopback only.
export const DEMO_IDP_NOTICE = "MÔI TRƯỜNG THỬ NGHIỆM — không phải VNeID thật";

type DemoPerson = { id: string; label: string; claims: Record<string, unknown> };

/** Invented people (minh họa). The first is the owner of the seeded Hộ kinh doanh Mộc Tiến Thành (same personal ID). */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    id: "cd-025090000123",
    label: "Công dân: Nguyễn Văn Tiến — chủ Hộ kinh doanh Mộc Tiến Thành (đã có tài khoản)",
    claims: {
      name: "Nguyễn Văn Tiến",
      personal_id: "025090000123",
      phone_number: "0912000001",
      birthdate: "1990-04-12",
      address: { formatted: "Xã Thanh Ba, tỉnh Phú Thọ" },
    },
  },
  {
    id: "tc-2601234567",
    label: "Tổ chức: Công ty TNHH Gốm Hương Canh — người đại diện Lê Thị Hòa (chưa có tài khoản)",
    claims: {
      name: "Lê Thị Hòa",
      personal_id: "026185000456",
      email: "le.thi.hoa@gomhuongcanh.example",
      birthdate: "1985-09-30",
      org_tax_code: "2601234567",
      org_name: "Công ty TNHH Gốm Hương Canh",
      org_kind: "DN",
      org_address: "Thôn Hương Canh, xã Bình Xuyên, tỉnh Phú Thọ",
      org_industry: "Gốm đất nung",
    },
  },
  {
    id: "cd-027095000789",
    label: "Công dân: Phạm Quốc Bảo — chưa có tài khoản, chưa có cơ sở",
    claims: {
      name: "Phạm Quốc Bảo",
      personal_id: "027095000789",
      phone_number: "0987000789",
      birthdate: "1995-01-20",
      address: { formatted: "Xã Lục Nam, tỉnh Bắc Ninh" },
    },
  },
];

export type DemoIdpOptions = {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  host?: string;
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}.warn{background:#b91c1c;color:#fff;padding:.75rem;font-weight:bold}button{display:block;width:100%;margin:.5rem 0;padding:.75rem;text-align:left;font-size:1rem}</style>
</head><body><p class="warn" role="alert">${esc(DEMO_IDP_NOTICE)}</p><h1>${esc(title)}</h1>${body}</body></html>`;
}

/** Starts the demo provider on 127.0.0.1:<port>; returns its issuer URL and a close function. */
export async function startDemoIdp(o: DemoIdpOptions): Promise<{ issuer: string; close: () => Promise<void> }> {
  const host = o.host ?? "127.0.0.1";
  const issuer = `http://${host}:${o.port}`;
  const people = new Map(DEMO_PEOPLE.map((p) => [p.id, p]));
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: o.clientId,
        client_secret: o.clientSecret,
        redirect_uris: o.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: {
      openid: ["sub"],
      profile: ["name", "birthdate", "personal_id"],
      email: ["email"],
      phone: ["phone_number"],
      address: ["address"],
      organization: ["org_tax_code", "org_name", "org_kind", "org_address", "org_industry"],
    },
    scopes: ["openid", "profile", "email", "phone", "address", "organization"],
    conformIdTokenClaims: false, // the portal reads the claims from the ID token
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      const p = people.get(id);
      return p ? { accountId: id, claims: () => ({ sub: id, ...p.claims }) } : undefined;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ["demo-idp-cookie-key-not-secret"] },
    ttl: { Session: 600, Interaction: 600, Grant: 600, AccessToken: 300, AuthorizationCode: 60, IdToken: 300 },
  });
  provider.on("server_error", (_ctx, err) => console.error(`demo-idp server_error: ${err.message}`));
  provider.on("grant.error", (_ctx, err) =>
    console.error(
      `demo-idp grant.error: ${err.message} ${(err as { error_description?: string }).error_description ?? ""} detail=${(err as { error_detail?: string }).error_detail ?? ""}`,
    ),
  );
  provider.on("authorization.error", (_ctx, err) =>
    console.error(
      `demo-idp authorization.error: ${err.message} ${(err as { error_description?: string }).error_description ?? ""}`,
    ),
  );
  const callback = provider.callback();

  async function interaction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    action: string | undefined,
  ): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error("interaction mismatch");
    if (req.method === "POST" && action === "login") {
      const body = new URLSearchParams(
        await new Promise<string>((ok) => {
          let s = "";
          req.on("data", (c) => (s += c));
          req.on("end", () => ok(s));
        }),
      );
      const accountId = body.get("account") ?? "";
      if (!people.has(accountId)) throw new Error("unknown demo account");
      // Log in and consent in one step: the demo grants every scope the portal asked for.
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope ?? "openid"));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const buttons = DEMO_PEOPLE.map(
      (p) => `<button type="submit" name="account" value="${esc(p.id)}">${esc(p.label)}</button>`,
    ).join("");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(
      page(
        "Chọn danh tính thử nghiệm",
        `<p>Dữ liệu minh họa. Chọn người đăng nhập:</p><form method="post" action="/interaction/${esc(uid)}/login">${buttons}</form>`,
      ),
    );
  }

  const server: Server = createServer((req, res) => {
    const m = /^\/interaction\/([^/?]+)(?:\/(login))?/.exec(req.url ?? "");
    if (!m) return void callback(req, res);
    interaction(req, res, m[1]!, m[2]).catch((e: unknown) => {
      res.statusCode = 400;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(page("Lỗi", `<p>${esc(e instanceof Error ? e.message : String(e))}</p>`));
    });
  });
  await new Promise<void>((ok) => server.listen(o.port, host, ok));
  return { issuer, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** OIDC settings the portal needs to use the demo provider (lib/env.ts). */
export function demoIdpAppEnv(issuer: string, clientId: string, clientSecret: string): Record<string, string> {
  return {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: clientId,
    OIDC_CLIENT_SECRET: clientSecret,
    OIDC_SCOPES: "openid profile email phone address organization",
    OIDC_DEMO_NOTICE: DEMO_IDP_NOTICE,
  };
}

// `npx tsx scripts/demo-idp.ts [port] [appUrl]`: run it alone.
if (process.argv[1]?.replace(/\\/g, "/").endsWith("scripts/demo-idp.ts")) {
  const port = Number(process.argv[2] ?? process.env.DEMO_IDP_PORT ?? 3290);
  const appUrl = process.argv[3] ?? process.env.APP_URL ?? "http://localhost:3000";
  const clientId = process.env.OIDC_CLIENT_ID || "khuyen-cong-demo";
  const clientSecret = process.env.OIDC_CLIENT_SECRET || "demo-secret-khong-dung-that";
  startDemoIdp({
    port,
    clientId,
    clientSecret,
    redirectUris: [`${appUrl.replace(/\/$/, "")}/api/auth/callback/vneid`],
  }).then(({ issuer }) => {
    console.log(`${DEMO_IDP_NOTICE}: nhà cung cấp định danh thử nghiệm tại ${issuer}`);
  });
}

/**
 * For `npm run demo`: starts the demo provider (DEMO_IDP_PORT, default 3009) for an app served on `appPort`
 * and returns the OIDC settings to add to the app's environment. An OIDC_ISSUER already set wins (a real
 * provider): nothing is started then.
 */
export async function startDemoIdpForApp(appPort: string, env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  if (env.OIDC_ISSUER) return {};
  const port = Number(env.DEMO_IDP_PORT ?? 3009);
  const clientId = "khuyen-cong-demo";
  const clientSecret = "demo-secret-khong-dung-that";
  // The code flow needs one public URL for the redirect URI on both legs (next-auth reads AUTH_URL).
  const appUrl = env.AUTH_URL ?? `http://localhost:${appPort}`;
  const { issuer } = await startDemoIdp({
    port,
    clientId,
    clientSecret,
    redirectUris: [`${appUrl}/api/auth/callback/vneid`],
  });
  console.log(`    ${DEMO_IDP_NOTICE}: nhà cung cấp định danh thử nghiệm tại ${issuer}`);
  return { ...demoIdpAppEnv(issuer, clientId, clientSecret), AUTH_URL: appUrl };
}
