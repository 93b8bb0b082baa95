import type { Db } from "../../db/connect.ts";
import { listPeople, type PeopleFilter, type PersonRecord } from "../people/repo.ts";

const PAGE = 1000;

/**
 * The people GET /api/people would list for this filter (deleted ones excluded), every
 * page of them in name order: the vCard and CSV exports use the very same query.
 */
export async function* peoplePages(
  db: Db,
  ws: string,
  filter: PeopleFilter,
): AsyncGenerator<PersonRecord[]> {
  let after: Array<string | null> | null = null;
  do {
    const page = await listPeople(db, ws, filter, "name", after, PAGE);
    if (page.rows.length > 0) yield page.rows;
    after = page.next;
  } while (after);
}
