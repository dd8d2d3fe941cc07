// Passwords are stored as argon2id (lib/server/auth.ts verifies, lib/server/services/users.ts and the seed hash
// with the library's defaults). The defaults are what the app relies on, so they are pinned here: a library
// upgrade that weakened them would fail this test. OWASP's minimum for argon2id is m=19 MiB, t=2, p=1.
import { hash, verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";

describe("password hashing", () => {
  it("produces argon2id v1.3 with m=19456 KiB, t=2, p=1, a 16-byte salt and a 32-byte hash", async () => {
    const stored = await hash("MinhSon@2025");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  });

  it("salts every hash, and verifies only the right password", async () => {
    const [a, b] = await Promise.all([hash("MinhSon@2025"), hash("MinhSon@2025")]);
    expect(a).not.toBe(b);
    expect(await verify(a, "MinhSon@2025")).toBe(true);
    expect(await verify(a, "minhson@2025")).toBe(false);
    expect(await verify(a, "")).toBe(false);
  });
});
