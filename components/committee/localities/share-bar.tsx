/** Share of targets met as a thin bar; the number beside it carries the meaning, the bar is decoration. */
export function ShareBar({ share }: { share: number | null }) {
  return (
    <span aria-hidden="true" className="hidden h-1.5 w-24 sm:block overflow-hidden rounded-full bg-slate-200">
      <span className="block h-full rounded-full bg-band-met" style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
    </span>
  );
}
