import "server-only";
import { formatLogLine, type LogFields, type LogLevel } from "../log-line";

// One JSON object per line ({ time, level, msg, ...fields }) so a log shipper can parse the server's output
// without patterns. info goes to stdout, warn and error to stderr. Fields name people by user id only: the
// formatter masks e-mail addresses and drops secrets (see lib/log-line.ts).

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = process.env.LOG_LEVEL?.toLowerCase();
  return wanted && wanted in ORDER ? ORDER[wanted as LogLevel] : ORDER.info;
}

function write(level: LogLevel, msg: string, fields: LogFields = {}): void {
  if (ORDER[level] < threshold()) return;
  const stream = ORDER[level] >= ORDER.warn ? process.stderr : process.stdout;
  stream.write(`${formatLogLine(level, msg, fields)}\n`);
}

export const log = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};

export type { LogFields, LogLevel };
