import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/server/actions/locale";
import { LOCALES } from "@/lib/i18n/locales";

export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form action={setLocaleAction} className="flex overflow-hidden rounded-md border border-brand-600 text-xs font-semibold" aria-label={t("language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={l === locale}
          lang={l}
          className={`px-2 py-2 uppercase ${l === locale ? "bg-white text-brand-800" : "text-brand-100 hover:bg-brand-700"}`}
        >
          {l}
        </button>
      ))}
    </form>
  );
}
