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
// The demo data runs through the 1 July 2025 reform to September 2026: pin the application's "today" to
// 15 September 2026, while Q3/2026 is being reported (deadline 20 September), unless told otherwise
// (APP_TODAY= with an empty value uses the real date). The tests pin 2025-06-16 themselves.
const DEMO_TODAY = "2026-09-15";
const appToday = process.env.APP_TODAY ?? DEMO_TODAY;
const demoNote = appToday === DEMO_TODAY ? " (the demo's today: Q3/2026 being reported, deadline 2026-09-20)" : "";
console.log(`[dev] application date (APP_TODAY): ${appToday || "today"}${demoNote}`);
runNext(
  ["dev", ...process.argv.slice(2)],
  { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, APP_TODAY: appToday },
  database.stop,
);
