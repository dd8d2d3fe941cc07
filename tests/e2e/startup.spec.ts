import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The production server must refuse to start without a session secret, and say why.
test("next start without NEXTAUTH_SECRET stops with a clear message", async () => {
  // Empty rather than absent: Next never overrides a variable already set, so a developer's .env.local
  // (where npm run dev keeps its generated secret) cannot fill it in.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: "", DATABASE_URL: "postgresql://unused@127.0.0.1:1/none" };
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", "3199", "-H", "127.0.0.1"], { env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on("data", (chunk: Buffer) => { output += chunk.toString(); });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => { child.kill("SIGKILL"); resolve(null); }, 20_000);
    child.on("exit", (exitCode) => { clearTimeout(timer); resolve(exitCode); });
  });
  expect(output).toContain("NEXTAUTH_SECRET is not set");
  expect(code).toBe(1);
});
