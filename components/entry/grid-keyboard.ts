// Spreadsheet habits for the entry grid: Enter / ↓ go to the next value, Shift+Enter / ↑ to the previous,
// and a column pasted from Excel fills the values downwards from the focused one.

/** The first column of each pasted line (Excel copies cells as tab-separated lines), or null for a single value. */
export function readPastedColumn(text: string): string[] | null {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length < 2 && !text.includes("\t")) return null;
  return lines.map((line) => (line.split("\t")[0] ?? "").trim());
}

/** Which row a key press moves to, or null when the key is not a grid move. */
export function nextRowIndex(key: string, shiftKey: boolean, index: number, rowCount: number): number | null {
  let next: number | null = null;
  if (key === "Enter") next = shiftKey ? index - 1 : index + 1;
  else if (key === "ArrowDown") next = index + 1;
  else if (key === "ArrowUp") next = index - 1;
  if (next === null) return null;
  return Math.min(Math.max(next, 0), rowCount - 1);
}
