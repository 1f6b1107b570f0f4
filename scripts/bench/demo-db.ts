// A fresh PostgreSQL database with every migration and the full demo seed (scripts/prepare-db.ts --reset).
import { spawnSync } from "node:child_process";
import pg from "pg";

export async function freshDemoDatabase(name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Tên không hợp lệ: ${name}`);
  const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = `postgresql://postgres@127.0.0.1:5432/${name}`;
  const r = spawnSync("npx", ["tsx", "scripts/prepare-db.ts", "--reset"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("prepare-db thất bại");
  return url;
}
