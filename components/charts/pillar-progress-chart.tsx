"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PillarSeriesPoint { label: string; [pillarCode: string]: number | string | null }

const PILLAR_COLOURS: Record<string, string> = { GOV: "#1f5fae", ECO: "#0f7b5f", SOC: "#8a3ffc" };
const PILLAR_DASH: Record<string, string | undefined> = { GOV: undefined, ECO: "6 3", SOC: "2 3" };

/** Share of targets met per pillar and quarter; data comes prepared from the server. */
export function PillarProgressChart({ data, pillars, ariaLabel }: {
  data: PillarSeriesPoint[];
  pillars: { code: string; name: string }[];
  ariaLabel: string;
}) {
  return (
    <div role="img" aria-label={ariaLabel} className="h-72 w-full" data-testid="pillar-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 10, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(value) => (typeof value === "number" ? `${value.toFixed(0)}%` : "—")} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {pillars.map((p) => (
            <Line
              key={p.code}
              type="linear"
              dataKey={p.code}
              name={p.name}
              stroke={PILLAR_COLOURS[p.code] ?? "#334155"}
              strokeDasharray={PILLAR_DASH[p.code]}
              strokeWidth={2.5}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
