import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// "server-only" resolves to an empty module outside Next.js (see lib/server-only/outside-next.ts).
const alias = { "@": root.replace(/\/$/, ""), "server-only": `${root}lib/server-only/outside-next.ts` };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          // The files share their worker's modules (Prisma, PGlite, the data layer imported once, not 60 times: half
          // the suite's CPU); tests/helpers/integration-setup.ts puts the process-wide state back before each file.
          isolate: false,
          setupFiles: ["tests/helpers/integration-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
