import { createTranslator } from "next-intl";
import messages from "../../lib/i18n/messages/vi.json";

// Framework plumbing, not the database: next-intl's server functions read the request's locale through Next's
// request scope, which a route handler called directly has not. The hostile tests give the committee export
// routes the real Vietnamese messages through next-intl's own translator (vi.mock("next-intl/server", …)).

type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

export async function getTranslations(namespace?: string): Promise<Translate> {
  const translate = createTranslator({ locale: "vi", messages, namespace: namespace as never });
  return (key, values) => (translate as unknown as Translate)(key, values);
}

export async function getLocale(): Promise<string> {
  return "vi";
}
