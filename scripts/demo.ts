import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

// `npm run demo [-- --reset]`: migrate + seed the embedded database, build once, serve on :3000.
const reset = process.argv.includes("--reset");
const rebuild = process.argv.includes("--rebuild");
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "pglite:./data/pglite", NEXT_TELEMETRY_DISABLED: "1" };
const distDir = env.NEXT_DIST_DIR ?? ".next";

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
console.log(`3/3 Cổng khuyến công đang chạy tại http://localhost:${port}`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
server.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
