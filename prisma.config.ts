import { defineConfig } from "prisma/config";

// The CLI only generates the client here; migrations run through scripts/db-migrate.ts (WASM engine),
// which reads the same folder. On a machine with internet `prisma migrate deploy` works on it too.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  datasource: {
    url: process.env.DATABASE_URL?.startsWith("postgres")
      ? process.env.DATABASE_URL
      : "postgresql://postgres@127.0.0.1:5432/postgres",
  },
});
