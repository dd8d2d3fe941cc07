// The look every data table shares, in one place: a scrolling white frame and a small-caps header.
export const tableStyles = {
  frame: "overflow-x-auto rounded-lg border border-slate-200 bg-white",
  head: "bg-slate-100 text-xs uppercase tracking-wide text-slate-600",
} as const;
