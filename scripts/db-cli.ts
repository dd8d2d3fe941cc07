// npm run db:deploy | db:migrate | db:status | db:seed | db:reset — against DATABASE_URL, or the embedded
// development server when it is unset.
import { ensureDevDatabase } from "./lib/dev-database";
import { deployMigrations, runPrismaMigrate, seedIfEmpty, seedDatabaseAt } from "./lib/migrate";

const command = process.argv[2];
const { url, stop } = await ensureDevDatabase();
let code = 0;
try {
  if (command === "deploy") await deployMigrations(url);
  else if (command === "dev") code = await runPrismaMigrate(url, ["dev", ...process.argv.slice(3)]);
  else if (command === "status") code = await runPrismaMigrate(url, ["status"]);
  else if (command === "reset") {
    code = await runPrismaMigrate(url, ["reset", "--force", "--skip-seed"]);
    if (code === 0) await seedDatabaseAt(url);
  } else if (command === "seed") await seedIfEmpty(url, { force: true });
  else {
    console.error("usage: db-cli.ts deploy|dev|status|seed|reset");
    code = 2;
  }
} finally {
  await stop();
}
process.exit(code);
