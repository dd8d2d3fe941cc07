import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";

export const CONTACT_EMAIL = "bcd-cds@minhson.example.vn";
const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.vi";

export function PublicFooter({ locale, lastUpdated }: { locale: AppLocale; lastUpdated: string | null }) {
  const t = useTranslations();
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-5 text-xs text-slate-600 sm:px-6">
        <p className="font-medium text-slate-800" data-testid="last-updated">
          {lastUpdated ? t("public.lastUpdated", { date: formatDate(new Date(lastUpdated), locale) }) : t("public.neverUpdated")}
        </p>
        <p>{t("public.approvedOnly")}</p>
        <p>
          {t("public.licence")}{" "}
          <a href={LICENCE_URL} rel="license" className="text-brand-700 underline">{t("public.licenceLink")}</a>
        </p>
        <p>{t.rich("public.contact", { email: CONTACT_EMAIL, mail: (chunks) => <a href={`mailto:${CONTACT_EMAIL}`} className="text-brand-700 underline">{chunks}</a> })}</p>
        <p>{t("footer.demo")}</p>
        <p><Link href="/login" className="text-brand-700 underline">{t("public.officerSignIn")}</Link></p>
      </div>
    </footer>
  );
}
