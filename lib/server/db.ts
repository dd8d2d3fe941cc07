import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

// One client per server process; kept on globalThis so dev hot reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { cdsPrisma?: PrismaClient };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it.");
  return url;
}

export function getDb(): PrismaClient {
  globalForPrisma.cdsPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.cdsPrisma;
}

export type Db = PrismaClient;
