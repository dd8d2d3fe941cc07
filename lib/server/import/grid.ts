/** A sheet as read from a file: row numbers as the officer sees them in Excel (1-based), cells as text. */
export interface GridRow {
  rowNumber: number;
  cells: string[];
}

export type Grid = GridRow[];
