// npm run dev: a working, seeded dashboard with nothing to set up. Without DATABASE_URL an embedded
// PostgreSQL is started; migrations are applied and an empty database is seeded; then `next dev` runs.
import { ensureDevDatabase } from "./lib/dev-database";
import { deployMigrations, seedIfEmpty } from "./lib/migrate";
import { runNext } from "./lib/run-next";
import { ensureDevSecret } from "./lib/secret";

const secret = ensureDevSecret();
const database = await ensureDevDatabase();
try {
  await deployMigrations(database.url, true);
  if (await seedIfEmpty(database.url)) console.log("[dev] seeded the demo data");
} catch (error) {
  await database.stop();
  throw error;
}
// The demo data runs to mid-2025: pin the application's "today" there unless told otherwise
// (APP_TODAY= with an empty value uses the real date).
const appToday = process.env.APP_TODAY ?? "2025-06-16";
console.log(`[dev] application date (APP_TODAY): ${appToday || "today"}`);
runNext(
  ["dev", ...process.argv.slice(2)],
  { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, APP_TODAY: appToday },
  database.stop,
);
