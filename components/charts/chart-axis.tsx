// Axis helpers shared by the quarterly charts (Recharts): round ticks and two-line quarter labels.

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * Round ticks (a step of 1, 2, 2.5 or 5 × 10^k) spanning every value. With `roomBelow`, a step of room is left
 * below the lowest value, so a target's label drawn at the bottom never sits on the quarter labels.
 */
export function roundTicks(values: number[], { roomBelow = false }: { roomBelow?: boolean } = {}): number[] {
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const rough = (max - min || Math.abs(max) || 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE_STEPS.find((n) => n * magnitude >= rough) ?? 10) * magnitude;
  let low = Math.floor(min / step) * step;
  if (roomBelow && low === min && min !== 0) low -= step;
  if (min >= 0 && low < 0) low = 0;
  const high = Math.max(Math.ceil(max / step) * step, low + step);
  const ticks: number[] = [];
  for (let v = low; v <= high + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

interface TickProps { x?: number | string; y?: number | string; payload?: { value?: unknown } }

/** A quarter label on two lines ("Quý I" over "2024"), so many quarters fit on a phone. */
export function quarterTick(fontSize: number) {
  return function QuarterTick({ x, y, payload }: TickProps) {
    const label = String(payload?.value ?? "");
    const split = /^(.*?)[/\s](\d{4})$/.exec(label);
    return (
      <text x={Number(x)} y={Number(y)} textAnchor="middle" fontSize={fontSize} fill="#475569">
        <tspan x={Number(x)} dy={12}>{split ? split[1] : label}</tspan>
        {split ? <tspan x={Number(x)} dy={fontSize + 2}>{split[2]}</tspan> : null}
      </text>
    );
  };
}
