// Runs in the browser before the app's own code. zod probes `new Function("")` when it first builds an object
// schema, to decide whether it may compile faster parsers; the signed-in pages' CSP has no 'unsafe-eval', so the
// probe is refused and reported as a CSP violation even though zod catches it. `z.config({ jitless: true })` turns
// the probe off, but importing zod here would put it in every page's first-load JavaScript (+9 kB gzip, public
// pages included), so this sets the object zod adopts as its config (zod 4: globalThis.__zod_globalConfig).
// tests/e2e/security-headers.spec.ts fails if a zod upgrade brings the violation back.
const scope = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
(scope.__zod_globalConfig ??= {}).jitless = true;
