import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "./db";
import { getPublicCorrections } from "./queries/public/corrections";
import { getPublicDatasets } from "./queries/public/datasets";
import { getPublicIndicator, getPublicIndicatorCatalogue } from "./queries/public/indicator";
import { correctionsForPage, indicatorForPage } from "./queries/public/page-limits";
import { getPublicLocality, getPublicLocalityList } from "./queries/public/locality";
import { getPublicRanking } from "./queries/public/ranking";
import { getPublicScoreboard } from "./queries/public/scoreboard";
import { getPublicSite } from "./queries/public/site";

/**
 * Every public page and /api/public/v1 route reads through these tagged caches, so the statically rendered
 * pages are regenerated only when something is approved: the approving action calls updateTag(PUBLIC_DATA_TAG)
 * (lib/server/public-revalidate.ts). The query functions return plain JSON, which is what the cache stores.
 * An hour's time-based revalidation is a safety net for writes made outside the app (seeding, scripts).
 */
export const PUBLIC_DATA_TAG = "public-data";
const options = { tags: [PUBLIC_DATA_TAG], revalidate: 3600 };

export const getCachedPublicSite = unstable_cache(() => getPublicSite(getDb()), ["public-site"], options);
export const getCachedPublicScoreboard = unstable_cache((periodKey: string | null) => getPublicScoreboard(getDb(), periodKey), ["public-scoreboard"], options);
export const getCachedPublicCorrections = unstable_cache(() => getPublicCorrections(getDb()), ["public-corrections"], options);
export const getCachedPublicDatasets = unstable_cache(() => getPublicDatasets(getDb()), ["public-datasets"], options);
// One indicator, one locality (by code) and the ranking; "all" lists for the open-data catalogue.
export const getCachedPublicIndicator = unstable_cache((code: string) => getPublicIndicator(getDb(), code), ["public-indicator"], options);
// The pages' bounded copies (page-limits.ts), cached apart so a national data set still fits the cache.
export const getCachedPublicIndicatorPage = unstable_cache(async (code: string) => indicatorForPage(await getPublicIndicator(getDb(), code)), ["public-indicator-page"], options);
export const getCachedPublicCorrectionsPage = unstable_cache(async () => correctionsForPage(await getPublicCorrections(getDb())), ["public-corrections-page"], options);
export const getCachedPublicIndicatorCatalogue = unstable_cache(() => getPublicIndicatorCatalogue(getDb()), ["public-indicator-catalogue"], options);
export const getCachedPublicLocality = unstable_cache((code: string) => getPublicLocality(getDb(), code), ["public-locality"], options);
export const getCachedPublicLocalityList = unstable_cache(() => getPublicLocalityList(getDb()), ["public-locality-list"], options);
export const getCachedPublicRanking = unstable_cache((only: { level: "DISTRICT" | "COMMUNE"; period: string } | null) => getPublicRanking(getDb(), only), ["public-ranking"], options);
