import { createDatabaseIfMissing, startEmbeddedPostgres, withDatabase } from "./postgres";

export const DEV_PORT = Number(process.env.CDS_PG_PORT ?? 54329);
export const DEV_DATABASE = "cds_scoreboard";

/** DATABASE_URL when set (nothing is started); otherwise the embedded development server and database. */
export async function ensureDevDatabase(): Promise<{ url: string; stop: () => Promise<void>; embedded: boolean }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined, embedded: false };
  const server = await startEmbeddedPostgres("dev", DEV_PORT);
  await createDatabaseIfMissing(server.adminUrl, DEV_DATABASE);
  return { url: withDatabase(server.adminUrl, DEV_DATABASE), stop: server.stop, embedded: true };
}
