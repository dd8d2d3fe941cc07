import { useTranslations } from "next-intl";
import { formatDate, type Locale } from "@/lib/format";
import type { AdminApiToken } from "@/lib/server/queries/admin-source-systems";

const SHOWN = 4;

function Listed({ items }: { items: string[] }) {
  const t = useTranslations("sourceSystems.tokens");
  const rest = items.length - SHOWN;
  return <>{items.slice(0, SHOWN).join(", ")}{rest > 0 ? ` ${t("more", { count: rest })}` : null}</>;
}

/** "2 chỉ tiêu: XA-01, XA-05 · 1 địa phương: Phường Minh Sơn", long lists cut after a few names. */
export function TokenScope({ token }: { token: AdminApiToken }) {
  const t = useTranslations("sourceSystems.tokens");
  return (
    <span className="block text-sm">
      <span className="block"><span className="font-medium">{t("indicators", { count: token.indicators.length })}:</span> <Listed items={token.indicators} /></span>
      <span className="block text-slate-600"><span className="font-medium">{t("localities", { count: token.localities.length })}:</span> <Listed items={token.localities.map((l) => l.name)} /></span>
    </span>
  );
}

/** In use, or revoked with its date; a paused system's tokens are refused but shown as they are. */
export function TokenState({ token, locale }: { token: AdminApiToken; locale: Locale }) {
  const t = useTranslations("sourceSystems.tokens");
  return token.revokedAt
    ? <span className="whitespace-nowrap font-medium text-band-low">{t("revoked", { date: formatDate(token.revokedAt, locale) })}</span>
    : <span className="whitespace-nowrap font-medium text-band-met">{t("active")}</span>;
}
