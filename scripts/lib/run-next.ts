import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./postgres";

/** Runs the Next CLI as a child, forwarding Ctrl-C, and calls `cleanup` (stop the database) when it ends. */
export function runNext(args: string[], env: NodeJS.ProcessEnv, cleanup: () => Promise<void>): void {
  const child = spawn(process.execPath, [path.join(projectRoot, "node_modules", "next", "dist", "bin", "next"), ...args], {
    cwd: projectRoot,
    env,
    stdio: "inherit",
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", (code, signal) => {
    void cleanup().finally(() => process.exit(code ?? (signal ? 0 : 1)));
  });
}
