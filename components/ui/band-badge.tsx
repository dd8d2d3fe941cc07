import { useTranslations } from "next-intl";
import type { Band } from "@/lib/progress";
import { BandShape } from "./icons";

const styles: Record<Band, string> = {
  MET: "bg-band-met-soft text-band-met ring-band-met/30",
  ABOVE_70: "bg-band-above70-soft text-band-above70 ring-band-above70/30",
  FROM_50_TO_70: "bg-band-mid-soft text-band-mid ring-band-mid/30",
  BELOW_50: "bg-band-low-soft text-band-low ring-band-low/30",
  NO_DATA: "bg-band-none-soft text-band-none ring-band-none/30",
};

/** A band as text plus a shape, so it reads without colour. */
export function BandBadge({ band }: { band: Band }) {
  const t = useTranslations("bands");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[band]}`}>
      <BandShape band={band} />
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
