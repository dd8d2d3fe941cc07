// The static baseline of the HTTP benchmark (npm run bench): pages of fixed, known sizes, so the benchmark can
// serve "a static page of the same size" as the public scoreboard whatever the data set makes that size.

/**
 * Approximate HTML sizes in KiB of the prerendered pages: a ladder from 16 KiB to about 2 MiB in steps of 25%,
 * so one step always lies within ±12% of any HTML size in that range (the benchmark requires ±25%).
 */
export const STATIC_PAGE_SIZES: readonly number[] = Array.from({ length: 23 }, (_, i) => Math.round(16 * 1.25 ** i));

/**
 * The HTML carries the text twice (the markup, and the React Server Components payload that hydrates it), some
 * markup per paragraph, and the layout's fixed part (script tags, the payload's frame): measured on this build.
 */
const FIXED_PART_BYTES = 9_000;
const BYTES_PER_TEXT_BYTE = 2.08;

const WORDS = [
  "chuyển đổi số", "chính quyền số", "kinh tế số", "xã hội số", "chỉ tiêu", "mục tiêu", "thực hiện", "quý",
  "tỉ lệ", "hồ sơ trực tuyến", "dịch vụ công", "địa phương", "sở ban ngành", "hoàn thành", "phê duyệt", "báo cáo",
];

/** Deterministic Vietnamese paragraphs whose UTF-8 size totals about `bytes`. */
export function fillerParagraphs(bytes: number): string[] {
  const encoder = new TextEncoder();
  const paragraphs: string[] = [];
  let total = 0;
  for (let p = 0; total < bytes; p++) {
    const words: string[] = [];
    for (let w = 0; w < 40; w++) words.push(WORDS[(p * 7 + w * 3) % WORDS.length]!);
    const text = `${p + 1}. ${words.join(" ")}.`;
    paragraphs.push(text);
    total += encoder.encode(text).length + 7;
  }
  return paragraphs;
}

/** Text bytes to render for a page whose HTML should weigh about `kib` KiB. */
export function fillerBytesFor(kib: number): number {
  return Math.max(0, Math.round((kib * 1024 - FIXED_PART_BYTES) / BYTES_PER_TEXT_BYTE));
}

export function staticPagePath(kib: number): string {
  return `/baseline/static-page/${kib}`;
}
