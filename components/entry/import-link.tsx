import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** From the entry page to the import page of the same period. */
export async function ImportLink({ periodKey }: { periodKey: string }) {
  const t = await getTranslations("import");
  return (
    <Link href={`/entry/import?period=${encodeURIComponent(periodKey)}`} className={buttonClass("secondary")}>
      {t("link")}
    </Link>
  );
}
