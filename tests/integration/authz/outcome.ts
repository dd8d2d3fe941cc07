// What a call's answer means. Allowed: an action's result other than "error" ("ok", "preview", "imported",
// "issued"), a redirect (next/navigation's redirect throws an error whose digest starts with NEXT_REDIRECT), or a
// 2xx response. Refused: an action's "error" with a message in Vietnamese, or a 401/403/404 response (a record
// the caller may not see answers as not found). Anything else — an exception, a 500, the generic "system error"
// message that means an unexpected exception — is neither, and fails the test whatever was expected.

export type Outcome =
  | { kind: "allowed"; detail: string }
  | { kind: "refused"; detail: string }
  | { kind: "broken"; detail: string };

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const SYSTEM_ERROR = "Đã có lỗi hệ thống";

function judgeMessage(message: unknown, detail: string): Outcome {
  if (typeof message !== "string" || !VIETNAMESE.test(message)) return { kind: "broken", detail: `refused without a Vietnamese message: ${detail}` };
  if (message.startsWith(SYSTEM_ERROR)) return { kind: "broken", detail: `unexpected exception behind: ${detail}` };
  return { kind: "refused", detail };
}

async function judgeResponse(response: Response): Promise<Outcome> {
  const type = response.headers.get("content-type") ?? "";
  if (response.status >= 200 && response.status < 300) return { kind: "allowed", detail: `${response.status} ${type}` };
  const body = type.includes("json") ? ((await response.json()) as { message?: unknown }) : { message: await response.text() };
  const detail = `${response.status} ${String(body.message)}`;
  if (![401, 403, 404].includes(response.status)) return { kind: "broken", detail };
  return judgeMessage(body.message, detail);
}

/** Runs the call and says what its answer means. */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { kind: "allowed", detail: `redirect ${digest.split(";")[2] ?? ""}` };
    return { kind: "broken", detail: `threw ${error instanceof Error ? error.stack ?? error.message : String(error)}` };
  }
  if (result instanceof Response) return judgeResponse(result);
  if (result !== null && typeof result === "object" && "status" in result) {
    const { status, message } = result as { status: unknown; message?: unknown };
    if (status === "error") return judgeMessage(message, String(message));
    if (typeof status === "string" && status !== "idle") return { kind: "allowed", detail: `${status}${typeof message === "string" ? `: ${message}` : ""}` };
  }
  return { kind: "broken", detail: `answer of unknown shape: ${JSON.stringify(result)?.slice(0, 200)}` };
}
