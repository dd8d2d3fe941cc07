"use client";
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import { quarterTick, roundTicks } from "./chart-axis";

const QuarterTick = quarterTick(11);

/** One quarter on the x axis: the year-to-date figure and the year's target (prepared on the server). */
export interface IndicatorHistoryPoint { label: string; value: number | null; target: number | null }

const VALUE_COLOUR = "#184c8c"; // brand-700
const TARGET_COLOUR = "#c8102e"; // accent-600
const BREAK_COLOUR = "#92400e"; // amber-800




/**
 * Several years of an indicator: the figure as a solid line, the annual target as a dashed step (it changes
 * each year), and a vertical line at each method change, labelled, where the series stops being comparable.
 */
export function IndicatorHistoryChart({ data, breaks, names, unit, locale, ariaLabel }: {
  data: IndicatorHistoryPoint[];
  /** Labels of the first quarters measured a new way. */
  breaks: string[];
  names: { value: string; target: string; break: string };
  unit: IndicatorUnit;
  locale: Locale;
  ariaLabel: string;
}) {
  const tick = (v: number) => formatValue(v, unit === "PERCENT" ? "PERCENT" : "COUNT", locale);
  const ticks = roundTicks(data.flatMap((d) => [d.value, d.target]).filter((v): v is number => v !== null));
  return (
    <div role="img" aria-label={ariaLabel} className="h-72 w-full" data-testid="indicator-history-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 22, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={QuarterTick} interval="preserveStartEnd" height={40} padding={{ left: 12, right: 12 }} />
          <YAxis tickFormatter={tick} tick={{ fontSize: 12 }} width={56} ticks={ticks} domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]} interval={0} />
          <Tooltip formatter={(value) => (typeof value === "number" ? formatValue(value, unit, locale) : "—")} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {breaks.map((label) => (
            <ReferenceLine key={label} x={label} stroke={BREAK_COLOUR} strokeDasharray="2 3" label={{ value: names.break, position: "top", fill: BREAK_COLOUR, fontSize: 11 }} />
          ))}
          <Line type="stepAfter" dataKey="target" name={names.target} stroke={TARGET_COLOUR} strokeWidth={1.5} strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
          <Line type="linear" dataKey="value" name={names.value} stroke={VALUE_COLOUR} strokeWidth={2.5} dot={{ r: 3.5 }} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
