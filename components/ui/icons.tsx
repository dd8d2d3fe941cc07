// Inline SVG icons: they render the same everywhere, unlike emoji or symbol glyphs a font may lack.
import type { Band } from "@/lib/progress";

export function BellIcon({ className = "h-5 w-5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={className} aria-hidden="true">
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** A distinct shape per band, so bands differ without colour: check, up, diamond, down, dash. */
export function BandShape({ band, className = "h-3 w-3" }: { band: Band; className?: string }) {
  const paths: Record<Band, string> = {
    MET: "M2 8.5 6 12.5 14 4",
    ABOVE_70: "M8 3 14 13H2Z",
    FROM_50_TO_70: "M8 2 14 8 8 14 2 8Z",
    BELOW_50: "M2 3H14L8 13Z",
    NO_DATA: "M3 8H13",
  };
  const stroked = band === "MET" || band === "NO_DATA";
  return (
    <svg viewBox="0 0 16 16" className={className} aria-hidden="true" fill={stroked ? "none" : "currentColor"} stroke={stroked ? "currentColor" : "none"} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[band]} />
    </svg>
  );
}

export function ChevronDownIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={className} aria-hidden="true">
      <path d="m6 9 6 6 6-6" />
    </svg>
  );
}

export function ArrowLeftIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={className} aria-hidden="true">
      <path d="M19 12H5M12 19l-7-7 7-7" />
    </svg>
  );
}

export function UserIcon({ className = "h-5 w-5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={className} aria-hidden="true">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </svg>
  );
}

export function InfoIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" className={className}>
      <circle cx="10" cy="10" r="7.5" />
      <path d="M10 9v4.5M10 6.2v.1" strokeLinecap="round" />
    </svg>
  );
}
