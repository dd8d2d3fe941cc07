import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { localitiesHref, localityHref, type LocalitiesQuery } from "./links";

/** The province's own page and the .xlsx download of exactly what the page shows (level, period, indicator). */
export function LocalitiesActions({ province, query }: { province: { id: number } | null; query: LocalitiesQuery }) {
  const t = useTranslations("localities");
  return (
    <>
      {province ? <Link href={localityHref(province.id, query.period)} className={buttonClass("secondary")}>{t("province")}</Link> : null}
      {query.period ? <a href={localitiesHref("/api/committee/export/localities", query)} className={buttonClass("primary")} download>{t("exportXlsx")}</a> : null}
    </>
  );
}
