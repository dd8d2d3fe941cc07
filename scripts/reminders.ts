// npm run reminders: notify (and e-mail, when SMTP_URL is set) officers whose report is due soon or overdue.
// Run it daily, e.g. from cron: `0 7 * * * cd /srv/cds && npm run reminders`. Repeated runs send nothing twice.
import { ensureDevDatabase } from "./lib/dev-database";
import { createPrismaClient } from "../lib/server/prisma-client";
import { getToday } from "../lib/today";

const database = await ensureDevDatabase();
const db = createPrismaClient(database.url);
try {
  const { sendDeadlineReminders } = await import("../lib/server/services/reminders");
  const created = await sendDeadlineReminders(db, getToday());
  console.log(`[reminders] ${created} notice(s) created for ${getToday().toISOString().slice(0, 10)}`);
} finally {
  await db.$disconnect();
  await database.stop();
}
