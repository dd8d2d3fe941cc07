// First-load JavaScript of a page as a browser sees it: every script file fetched by the time the page has
// loaded and hydrated, without scrolling (charts below the fold load later by design). Sizes are gzip-compressed here,
// so the figure does not depend on whether the server compressed the response.
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

export interface FirstLoadJs { url: string; files: number; bytes: number; gzipBytes: number }

export async function measureFirstLoadJs(page: Page, url: string): Promise<FirstLoadJs> {
  const bodies: Promise<Buffer | null>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => null));
  };
  page.on("response", onResponse);
  try {
    // Not "networkidle": links in view prefetch their pages' data for as long as they keep appearing.
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(1500);
  } finally {
    page.off("response", onResponse);
  }
  const scripts = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  return {
    url,
    files: scripts.length,
    bytes: scripts.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: scripts.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** The address of the empty App Router page every public page is compared with (same build). */
export const BASELINE_PATH = "/baseline/empty-page";
