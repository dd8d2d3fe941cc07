// npm start: serves the production build (`npm run build` first). NEXTAUTH_SECRET is mandatory here.
// Uses DATABASE_URL, or the embedded (seeded demo) database when it is unset.
import nextEnv from "@next/env";
import { ensureDevDatabase } from "./lib/dev-database";
import { deployMigrations, seedIfEmpty } from "./lib/migrate";
import { projectRoot } from "./lib/postgres";
import { runNext } from "./lib/run-next";

// Read .env* files exactly as `next start` will, so both agree on whether the secret is there.
nextEnv.loadEnvConfig(projectRoot, false);
if (!process.env.NEXTAUTH_SECRET) {
  console.error("NEXTAUTH_SECRET is not set. Production start-up needs it, e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32) npm start");
  process.exit(1);
}
const database = await ensureDevDatabase();
await deployMigrations(database.url, true);
// Demo data goes only into the embedded demo database, never into a real one named by DATABASE_URL.
if (database.embedded) await seedIfEmpty(database.url);
runNext(["start", ...process.argv.slice(2)], { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url }, database.stop);
