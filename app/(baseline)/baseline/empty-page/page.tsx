/** An empty App Router page, statically rendered: the baseline for first-load JavaScript. */
export default function EmptyPage() {
  return null;
}
