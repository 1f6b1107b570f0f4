import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { startDemoIdpForApp } from "./demo-idp";
import { startNationalPortalStub } from "./national-portal-stub";

// `npm run demo [-- --reset]`: migrate + seed the embedded database, build once, serve on :3000.
const reset = process.argv.includes("--reset");
const rebuild = process.argv.includes("--rebuild");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? "pglite:./data/pglite",
  NEXT_TELEMETRY_DISABLED: "1",
};
const distDir = env.NEXT_DIST_DIR ?? ".next";

// next-auth needs a secret in production mode; the demo keeps a random one beside its data so sessions
// survive a restart. Production sets AUTH_SECRET itself.
if (!env.AUTH_SECRET) {
  const file = "data/auth-secret";
  mkdirSync("data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

console.log("1/3 Chuẩn bị cơ sở dữ liệu nhúng (PGlite)…");
run("npx", ["tsx", "scripts/prepare-db.ts", ...(reset ? ["--reset"] : [])]);
if (rebuild || !existsSync(`${distDir}/BUILD_ID`)) {
  console.log("2/3 Biên dịch ứng dụng (lần đầu mất vài phút)…");
  run("npx", ["next", "build"]);
} else {
  console.log("2/3 Dùng bản biên dịch có sẵn (thêm --rebuild để biên dịch lại).");
}
const port = env.PORT ?? "3000";
// Demo identity provider for "Đăng nhập bằng VNeID" (issue 22): one isolated call, whatever starts the app.
Object.assign(env, await startDemoIdpForApp(port, env));
// A local stand-in for the national public-service portal (issue 20), unless a real one is configured.
if (!env.NATIONAL_PORTAL_URL) {
  const stub = await startNationalPortalStub(Number(env.NATIONAL_PORTAL_STUB_PORT ?? 3285));
  env.NATIONAL_PORTAL_URL = stub.url;
  console.log(`   Cổng DVC quốc gia giả lập (không phải cổng thật): ${stub.url}`);
}
console.log(`3/3 Cổng khuyến công đang chạy tại http://localhost:${port}`);
// The portal's own server (scripts/server.ts): client addresses, 503 on overload or a lost database, 413.
const server = spawn("npx", ["tsx", "scripts/server.ts", "-p", port], { stdio: "inherit", env });
server.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
