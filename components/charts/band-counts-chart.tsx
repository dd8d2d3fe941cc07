"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type LabelProps } from "recharts";
import type { Band } from "@/lib/progress";

/** One bar: the province or a pillar, with the number of targets in each band. */
export interface BandCountsRow { label: string; counts: Record<Band, number> }

// The theme's band tokens (app/globals.css), so the chart matches the badges.
const BAND_FILL: Record<Band, string> = {
  MET: "var(--color-band-met)",
  ABOVE_70: "var(--color-band-above70)",
  FROM_50_TO_70: "var(--color-band-mid)",
  BELOW_50: "var(--color-band-low)",
  NO_DATA: "var(--color-band-none)",
};

const MIN_LABEL_WIDTH = 16;

/** A segment's count in white at its centre; left out where the segment is too narrow to hold it. */
function SegmentLabel({ viewBox, value }: LabelProps) {
  const box = viewBox && "width" in viewBox ? viewBox : null;
  if (!box || typeof value !== "number" || value === 0) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = box;
  if (width < MIN_LABEL_WIDTH) return null;
  return (
    <text x={x + width / 2} y={y + height / 2} fill="#ffffff" textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={600}>
      {value}
    </text>
  );
}

/** Stacked horizontal bars of band counts; each segment carries its number, the legend the band's name. */
export function BandCountsChart({ rows, bands, ariaLabel }: {
  rows: BandCountsRow[];
  bands: { band: Band; name: string }[];
  ariaLabel: string;
}) {
  const data = rows.map((r) => ({ label: r.label, ...r.counts }));
  const shown = bands.filter((b) => rows.some((r) => r.counts[b.band] > 0));
  return (
    <div role="img" aria-label={ariaLabel} className="w-full" style={{ height: 56 + rows.length * 44 }} data-testid="band-counts-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 12, bottom: 0, left: 0 }} barCategoryGap={8}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={136} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {shown.map(({ band, name }) => (
            <Bar key={band} dataKey={band} name={name} stackId="bands" fill={BAND_FILL[band]} isAnimationActive={false}>
              <LabelList dataKey={band} content={SegmentLabel} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
