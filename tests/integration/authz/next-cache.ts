// Framework plumbing, not the database: outside a running Next server, revalidatePath/updateTag throw ("static
// generation store missing") and unstable_cache throws ("incrementalCache missing"). The matrix puts this module
// in place of next/cache (vi.mock in authz.test.ts): revalidation is recorded, so a test can tell that a refused
// call invalidated nothing, and unstable_cache calls the real query every time.

export const revalidations: string[] = [];

export function revalidatePath(path: string, type?: string): void {
  revalidations.push(type ? `path:${path}:${type}` : `path:${path}`);
}

export function revalidateTag(tag: string): void {
  revalidations.push(`tag:${tag}`);
}

export function updateTag(tag: string): void {
  revalidations.push(`tag:${tag}`);
}

export function refresh(): void {
  revalidations.push("refresh");
}

export function unstable_cache<Args extends unknown[], Result>(fn: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return fn;
}

export function unstable_noStore(): void {}
