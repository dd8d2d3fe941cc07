import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-4 text-xs text-slate-500 sm:px-6">
        <p>{t("demo")}</p>
        <p className="mt-1">{t("sources")}</p>
      </div>
    </footer>
  );
}
