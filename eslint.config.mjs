import next from "eslint-config-next";

// Layer rule: only lib/ (queries, mutations, auth, seeds, scripts) touches the database client.
export default [
  ...next,
  { ignores: ["lib/generated/**", ".next*/**", "node_modules/**", "data/**", "bench-data/**", "playwright-report/**", "test-results/**"] },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/prisma/client", "**/lib/db"], message: "Đọc/ghi dữ liệu qua lib/<domain>/queries hoặc mutations." },
        ],
      }],
    },
  },
];
