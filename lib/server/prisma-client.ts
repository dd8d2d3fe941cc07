import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/** A Prisma client on the pg driver adapter. The app uses the one in db.ts; scripts and tests make their own. */
export function createPrismaClient(connectionString: string): PrismaClient {
  // A server that accepts but never answers (a host gone from the network, a stuck proxy) fails the request after
  // 5 s rather than holding it for the OS's TCP timeout, about two minutes.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10, connectionTimeoutMillis: 5_000 }) });
}

export type { PrismaClient };
