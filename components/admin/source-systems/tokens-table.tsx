import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { tableStyles } from "@/components/ui/table-styles";
import { formatDate, formatDateTime, type Locale } from "@/lib/format";
import type { AdminApiToken } from "@/lib/server/queries/admin-source-systems";
import { StackCell } from "../agencies-table";
import { TokenScope, TokenState } from "./token-scope";

/** A system's tokens by prefix; `action` adds a control per token (revoking, on the system's page). */
export function TokensTable({ tokens, locale, action }: { tokens: AdminApiToken[]; locale: Locale; action?: (token: AdminApiToken) => ReactNode }) {
  const t = useTranslations("sourceSystems.tokens");
  if (tokens.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const columns = ["scope", "created", "lastUsed", "batches", "state"] as const;
  return (
    <div className={tableStyles.frame}>
      <table className="block w-full text-left text-sm md:table" data-testid="tokens-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className={`hidden ${tableStyles.head} md:table-header-group`}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("col.prefix")}</th>
            {columns.map((c) => <th key={c} scope="col" className="px-3 py-2">{t(`col.${c}`)}</th>)}
            {action ? <th scope="col" className="px-3 py-2"><span className="sr-only">{t("col.actions")}</span></th> : null}
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 md:table-row-group">
          {tokens.map((token) => (
            <tr key={token.id} data-token={token.tokenPrefix} className={`block px-4 py-3 md:table-row md:p-0 ${token.revokedAt ? "bg-slate-50 text-slate-500" : ""}`}>
              <th scope="row" className="block pb-1 text-left font-normal md:table-cell md:px-3 md:py-2.5 md:align-top">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm text-slate-900">{token.tokenPrefix}…</code>
              </th>
              <StackCell label={t("col.scope")}><TokenScope token={token} /></StackCell>
              <StackCell label={t("col.created")}>
                {formatDate(token.createdAt, locale)}
                {token.createdBy ? <span className="block text-xs text-slate-500">{t("createdBy", { name: token.createdBy.name })}</span> : null}
              </StackCell>
              <StackCell label={t("col.lastUsed")}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t("never")}</StackCell>
              <StackCell label={t("col.batches")}>{token._count.batches}</StackCell>
              <StackCell label={t("col.state")}><TokenState token={token} locale={locale} /></StackCell>
              {action ? <td className="block pt-2 md:table-cell md:px-3 md:py-2.5">{token.revokedAt ? null : action(token)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
