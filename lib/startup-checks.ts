// Checks made once when the Node.js server starts (see instrumentation.ts).
export function checkProductionSecrets(): void {
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
    console.error(
      "NEXTAUTH_SECRET is not set. In production it must be provided (e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32)); the server stops.",
    );
    process.exit(1);
  }
}
