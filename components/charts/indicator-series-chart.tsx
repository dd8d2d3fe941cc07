"use client";
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import { quarterTick, roundTicks } from "./chart-axis";

const QuarterTick = quarterTick(12);

/** One quarter on the x axis: the approved year-to-date value and/or the projection (prepared on the server). */
export interface IndicatorSeriesPoint { label: string; actual: number | null; projection: number | null }

const ACTUAL_COLOUR = "#184c8c"; // brand-700
const PROJECTION_COLOUR = "#55606e"; // band-none
const TARGET_COLOUR = "#c8102e"; // accent-600




/** The quarterly series as a solid line, the target as a labelled horizontal line, the forecast dashed. */
export function IndicatorSeriesChart({ data, target, targetLabel, names, unit, locale, ariaLabel }: {
  data: IndicatorSeriesPoint[];
  target: number;
  targetLabel: string;
  names: { actual: string; projection: string };
  unit: IndicatorUnit;
  locale: Locale;
  ariaLabel: string;
}) {
  const tick = (v: number) => formatValue(v, unit === "PERCENT" ? "PERCENT" : "COUNT", locale);
  const values = data.flatMap((d) => [d.actual, d.projection]).filter((v): v is number => v !== null);
  const ticks = roundTicks([...values, target], { roomBelow: true });
  const hasProjection = data.some((d) => d.projection !== null);
  return (
    <div role="img" aria-label={ariaLabel} className="h-60 w-full" data-testid="indicator-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={QuarterTick} interval={0} height={42} padding={{ left: 20, right: 20 }} />
          <YAxis tickFormatter={tick} tick={{ fontSize: 12 }} width={56} ticks={ticks} domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]} interval={0} />
          <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value, unit, locale) : "—")} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          <ReferenceLine
            y={target}
            stroke={TARGET_COLOUR}
            strokeWidth={1.5}
            label={{ value: targetLabel, position: "insideTopLeft", fill: TARGET_COLOUR, fontSize: 12 }}
          />
          <Line type="linear" dataKey="actual" name={names.actual} stroke={ACTUAL_COLOUR} strokeWidth={2.5} dot={{ r: 3.5 }} connectNulls isAnimationActive={false} />
          {hasProjection ? <Line type="linear" dataKey="projection" name={names.projection} stroke={PROJECTION_COLOUR} strokeWidth={2} strokeDasharray="6 4" dot={{ r: 2.5 }} connectNulls isAnimationActive={false} /> : null}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
