import next from "eslint-config-next";

const IO_MODULES = [
  "node:fs",
  "node:fs/*",
  "node:net",
  "node:http",
  "node:https",
  "node:child_process",
  "node:dns",
  "fs",
  "net",
  "http",
  "https",
  "child_process",
  "pg",
  "pg-boss",
  "nodemailer",
  "@aws-sdk/*",
];

export default [
  ...next,
  {
    ignores: [
      "lib/generated/**",
      ".next*/**",
      "node_modules/**",
      "data/**",
      "bench-data/**",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  // Layer rule: only lib/ (queries, mutations, auth, seeds, scripts) touches the database client.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/prisma/client", "**/lib/db"],
              message: "Đọc/ghi dữ liệu qua lib/<domain>/queries hoặc mutations.",
            },
          ],
        },
      ],
    },
  },
  // The pure core: rules, metrics, calendar, money, dates, text, permissions, workflow tables. Nothing with I/O — no
  // database, no environment, no file or network access — so it is unit-tested without mocks. Types from the
  // generated client are allowed (they vanish at compile time).
  {
    files: [
      "lib/rules/*.ts",
      "lib/metrics/**/*.ts",
      "lib/calendar/**/*.ts",
      "lib/money.ts",
      "lib/money-words.ts",
      "lib/dates.ts",
      "lib/text.ts",
      "lib/auth/permissions.ts",
      "lib/proposals/workflow.ts",
      "lib/funding/advance-rules.ts",
      "lib/routes/**/*.ts",
    ],
    ignores: [
      "lib/rules/load.ts",
      "lib/rules/load-verdict.ts",
      "lib/rules/queries.ts",
      "lib/rules/mutations.ts",
      "lib/rules/actions.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "server-only", message: "Lõi thuần (pure core) không làm I/O nên không cần server-only." },
            { name: "@/lib/env", message: "Lõi thuần không đọc biến môi trường: nhận giá trị qua tham số." },
          ],
          patterns: [
            { group: ["@/lib/db", "@/lib/db/*", "**/lib/db"], message: "Lõi thuần không truy cập cơ sở dữ liệu." },
            {
              group: ["@/lib/generated/prisma/client"],
              allowTypeImports: true,
              message: "Lõi thuần chỉ dùng kiểu (import type) của Prisma.",
            },
            { group: IO_MODULES, message: "Lõi thuần không làm I/O (tệp, mạng, hàng đợi)." },
          ],
        },
      ],
    },
  },
  // No import cycles between modules (the folder-level check is tests/unit/architecture.test.ts).
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    settings: { "import/ignore": ["node_modules", "lib/generated"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
];
