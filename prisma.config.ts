import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads a native schema engine before any command, which fails offline.
// `generate` never uses it, so any existing file satisfies the check (see shared/OFFLINE-STACK.md).
// Migrations run through Prisma 6's WASM engine instead: prisma.migrate.config.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
