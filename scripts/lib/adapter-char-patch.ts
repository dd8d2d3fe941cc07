// 3. The schema engine reads pg_constraint columns of PostgreSQL's internal "char" type (oid 18), which
// @prisma/adapter-pg 7.10.0 cannot map (prisma issues 27403 and 29635). We relabel those columns as text
// for the adapter's own mapping, then report them as the driver-adapter column type Character (6).
// This reaches into the adapter's query class, so the adapter version is pinned exactly and a test covers it.
import { AsyncLocalStorage } from "node:async_hooks";

const CHAR_OID = 18;
const TEXT_OID = 25;
export const CHARACTER_COLUMN_TYPE = 6;

interface IOResult { fields?: { dataTypeID: number }[] }
interface RawResult { columnTypes: number[] }
interface Queryable {
  performIO(query: unknown): Promise<IOResult>;
  queryRaw(query: unknown): Promise<RawResult>;
}

// One store per queryRaw call, so concurrent queries on one adapter never see each other's columns.
const charColumnsOfCall = new AsyncLocalStorage<number[]>();
const patched = new WeakSet<object>();

export function patchCharColumns(adapter: object): void {
  // PrismaPgAdapter and PgTransaction share one base class that owns performIO and queryRaw.
  const base = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Queryable;
  if (patched.has(base)) return;
  patched.add(base);
  const performIO = base.performIO;
  const queryRaw = base.queryRaw;
  base.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    const charColumns = charColumnsOfCall.getStore();
    // A multi-statement script returns one result per statement and no field list: nothing to map.
    if (!Array.isArray(result.fields)) return result;
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      charColumns?.push(index);
    });
    return result;
  };
  base.queryRaw = function (this: unknown, query: unknown) {
    const charColumns: number[] = [];
    return charColumnsOfCall.run(charColumns, async () => {
      const result = await queryRaw.call(this, query);
      for (const index of charColumns) result.columnTypes[index] = CHARACTER_COLUMN_TYPE;
      return result;
    });
  };
}
