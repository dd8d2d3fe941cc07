import "server-only";
import { cache } from "react";
import { getDb } from "../db";

/** The province the deployment serves, for the header; one query per request. */
export const getProvinceName = cache(async (): Promise<string | null> => {
  const province = await getDb().locality.findFirst({ where: { level: "PROVINCE", validTo: null }, orderBy: { id: "asc" }, select: { name: true } });
  return province?.name ?? null;
});
