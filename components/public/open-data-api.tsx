import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { apiFile } from "@/lib/public-routes";

export const OPENAPI_PATH = "/api/public/v1/openapi.json";

/** How to use the files as an API: the OpenAPI description and a copy-paste example. */
export function OpenDataApi() {
  const t = useTranslations("openData");
  const example = [
    `curl -fsSL "https://HOST${apiFile("scoreboard", "latest", "csv")}" -o bang-diem.csv`,
    `curl -fsSL "https://HOST${apiFile("corrections", "all", "json")}"`,
    `curl -fsSL "https://HOST${OPENAPI_PATH}"`,
  ].join("\n");
  return (
    <Card className="grid gap-3">
      <h2 id="api" className="text-lg font-semibold text-brand-900">{t("apiHeading")}</h2>
      <p className="text-sm text-slate-700">
        {t.rich("apiBody", { pattern: "/api/public/v1/<resource>/<name>.<json|csv>", code: (chunks) => <code className="rounded bg-slate-100 px-1 font-mono text-xs">{chunks}</code> })}{" "}
        <a href={OPENAPI_PATH} className="font-medium text-brand-700 underline" data-testid="openapi-link">{t("apiLink")}</a>
      </p>
      <h3 className="text-sm font-semibold text-slate-800">{t("curlHeading")}</h3>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100" tabIndex={0} aria-label={t("curlHeading")}><code>{example}</code></pre>
      <p className="text-xs text-slate-600">{t("curlNote")}</p>
    </Card>
  );
}
