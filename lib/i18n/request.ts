import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, LOCALES, resolveLocale, type AppLocale } from "./locales";

// Public pages carry the language in the URL (/vi/…, /en/…) and call setRequestLocale, so they never read
// a cookie and stay static. Signed-in pages take it from a cookie; Vietnamese is the default.
export default getRequestConfig(async ({ requestLocale }) => {
  const fromUrl = await requestLocale;
  const locale: AppLocale = LOCALES.includes(fromUrl as AppLocale)
    ? (fromUrl as AppLocale)
    : resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Asia/Ho_Chi_Minh" };
});
