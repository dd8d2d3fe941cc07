// Framework plumbing, not the database: Next's cache functions need the request store a running server gives
// them. The hostile tests call actions and route handlers directly, so here revalidation is a no-op and
// unstable_cache calls through to the real query every time (vi.mock("next/cache", …) in those files).

export function revalidatePath(): void {}
export function revalidateTag(): void {}
export function updateTag(): void {}
export function refresh(): void {}

export function unstable_cache<Args extends unknown[], Result>(fn: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return fn;
}
