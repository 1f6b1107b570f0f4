// `prisma generate` tries to download the native schema engine unless one is named; generate itself
// never runs it, so any executable satisfies the check on machines without open internet.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema")) process.exit(0);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
