"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { IndicatorHistoryChart } from "./indicator-history-chart";
import type { IndicatorSeriesChart } from "./indicator-series-chart";
import type { PillarProgressChart } from "./pillar-progress-chart";
import { WhenVisible } from "./when-visible";

// Recharts is the heaviest code on the public pages: it loads only when a chart comes into view.
const PillarChart = dynamic(() => import("./pillar-progress-chart").then((m) => m.PillarProgressChart), { ssr: false });
const SeriesChart = dynamic(() => import("./indicator-series-chart").then((m) => m.IndicatorSeriesChart), { ssr: false });
const HistoryChart = dynamic(() => import("./indicator-history-chart").then((m) => m.IndicatorHistoryChart), { ssr: false });

export function LazyPillarProgressChart({ loading, ...props }: ComponentProps<typeof PillarProgressChart> & { loading: string }) {
  return <WhenVisible className="h-72 w-full" placeholder={loading}><PillarChart {...props} /></WhenVisible>;
}

export function LazyIndicatorSeriesChart({ loading, ...props }: ComponentProps<typeof IndicatorSeriesChart> & { loading: string }) {
  return <WhenVisible className="h-72 w-full" placeholder={loading}><SeriesChart {...props} /></WhenVisible>;
}

/** An indicator over several years, with its yearly targets and method changes. */
export function LazyIndicatorHistoryChart({ loading, ...props }: ComponentProps<typeof IndicatorHistoryChart> & { loading: string }) {
  return <WhenVisible className="h-72 w-full" placeholder={loading}><HistoryChart {...props} /></WhenVisible>;
}
