"use client";
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import { quarterTick, roundTicks } from "./chart-axis";

const QuarterTick = quarterTick(11);

/** One quarter on the x axis: the figure in today's boundaries and the year's target (prepared on the server). */
export interface LocalitySeriesPoint { label: string; value: number | null; target: number | null }
/** A vertical line at the first quarter of a new map or a new method, labelled with what changed. */
export interface LocalitySeriesBreak { label: string; name: string; kind: "map" | "method" }

const VALUE_COLOUR = "#184c8c"; // brand-700
const TARGET_COLOUR = "#c8102e"; // accent-600
const MAP_COLOUR = "#92400e"; // amber-800
const METHOD_COLOUR = "#55606e"; // band-none




/**
 * A locality's series re-expressed in today's boundaries: the figure as a solid line, the annual target as a
 * dashed step, and a vertical line where the map or the method changed (values either side are not like
 * for like even after re-expression, so the break stays visible).
 */
export function LocalitySeriesChart({ data, breaks, names, unit, locale, ariaLabel }: {
  data: LocalitySeriesPoint[];
  breaks: LocalitySeriesBreak[];
  names: { value: string; target: string };
  unit: IndicatorUnit;
  locale: Locale;
  ariaLabel: string;
}) {
  const tick = (v: number) => formatValue(v, unit === "PERCENT" ? "PERCENT" : "COUNT", locale);
  const ticks = roundTicks(data.flatMap((d) => [d.value, d.target]).filter((v): v is number => v !== null));
  const hasTarget = data.some((d) => d.target !== null);
  return (
    <div role="img" aria-label={ariaLabel} className="h-72 w-full" data-testid="locality-series-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 24, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={QuarterTick} interval="preserveStartEnd" height={40} padding={{ left: 12, right: 12 }} />
          <YAxis tickFormatter={tick} tick={{ fontSize: 12 }} width={60} ticks={ticks} domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]} interval={0} />
          <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value, unit, locale) : "—")} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {breaks.map((b) => (
            <ReferenceLine
              key={`${b.kind}-${b.label}`}
              x={b.label}
              stroke={b.kind === "map" ? MAP_COLOUR : METHOD_COLOUR}
              strokeDasharray={b.kind === "map" ? "4 3" : "2 3"}
              strokeWidth={1.5}
              label={{ value: b.name, position: b.kind === "map" ? "top" : "insideTopRight", fill: b.kind === "map" ? MAP_COLOUR : METHOD_COLOUR, fontSize: 11 }}
            />
          ))}
          {hasTarget ? (
            <Line type="stepAfter" dataKey="target" name={names.target} stroke={TARGET_COLOUR} strokeWidth={1.5} strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
          ) : null}
          <Line type="linear" dataKey="value" name={names.value} stroke={VALUE_COLOUR} strokeWidth={2.5} dot={{ r: 3.5 }} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
