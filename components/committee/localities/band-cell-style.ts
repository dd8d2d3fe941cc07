import type { Band } from "@/lib/progress";

/** Heat-map cell colours: the soft band fill with the band's strong colour for the shape and text. */
export const bandCellStyle: Record<Band, string> = {
  MET: "bg-band-met-soft text-band-met",
  ABOVE_70: "bg-band-above70-soft text-band-above70",
  FROM_50_TO_70: "bg-band-mid-soft text-band-mid",
  BELOW_50: "bg-band-low-soft text-band-low",
  NO_DATA: "bg-band-none-soft text-band-none",
};
