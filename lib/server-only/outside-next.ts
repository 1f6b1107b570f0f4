// `import "server-only"` outside Next.js. Inside Next.js the bundler resolves "server-only" itself (an empty module
// on the server, a build error when a client component's import graph reaches it). tsx scripts (seed, worker,
// server, bench) and Vitest run the same modules on the server but without Next's resolver: tsconfig.json's
// `paths` (read by tsx) and vitest.config.ts's alias point "server-only" here instead of at the npm package,
// whose default export throws outside a React Server environment.
export {};
