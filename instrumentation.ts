// Runs once when the server starts (not during `next build`).
export function register() {
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. In production it must be provided (e.g. `openssl rand -base64 32`); the server will not start without it.",
    );
  }
}
