import { formatLogLine } from "./log-line";

// Checks made once when the Node.js server starts (see instrumentation.ts). Loaded there, outside the app's
// server-only module graph, so it formats its line with the pure formatter instead of lib/server/log.ts.
export function checkProductionSecrets(): void {
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
    process.stderr.write(`${formatLogLine(
      "error",
      "NEXTAUTH_SECRET is not set. In production it must be provided (e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32)); the server stops.",
    )}\n`);
    process.exit(1);
  }
}
