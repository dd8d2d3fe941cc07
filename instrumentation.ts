// Runs once when the server starts (not during `next build`). Node-only checks live in their own module
// so the edge bundle never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkProductionSecrets } = await import("./lib/startup-checks");
  checkProductionSecrets();
}
