import { useTranslations } from "next-intl";
import type { Band } from "@/lib/progress";

const styles: Record<Band, { className: string; glyph: string }> = {
  MET: { className: "bg-band-met-soft text-band-met ring-band-met/30", glyph: "✓" },
  ABOVE_70: { className: "bg-band-above70-soft text-band-above70 ring-band-above70/30", glyph: "▲" },
  FROM_50_TO_70: { className: "bg-band-mid-soft text-band-mid ring-band-mid/30", glyph: "◆" },
  BELOW_50: { className: "bg-band-low-soft text-band-low ring-band-low/30", glyph: "▼" },
  NO_DATA: { className: "bg-band-none-soft text-band-none ring-band-none/30", glyph: "–" },
};

/** A band as text plus a shape, so it reads without colour. */
export function BandBadge({ band }: { band: Band }) {
  const t = useTranslations("bands");
  const style = styles[band];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}>
      <span aria-hidden="true">{style.glyph}</span>
      {t(band)}
    </span>
  );
}

export const bandSwatch: Record<Band, string> = {
  MET: "bg-band-met",
  ABOVE_70: "bg-band-above70",
  FROM_50_TO_70: "bg-band-mid",
  BELOW_50: "bg-band-low",
  NO_DATA: "bg-band-none",
};
