import type { Database, Db } from "../../src/server/db/connect.ts";
import { getAgenda } from "../../src/server/features/agenda/read.ts";

/**
 * Words people type: a first name, a part of a family name, both, an organization or a
 * title, from a workspace's people. A first name matches people who all sort together in
 * name order (every "Yusuf …" near the end), which the others do not show.
 */
export async function searchTerms(database: Database, ws: string): Promise<string[]> {
  const rows = await database.query<{ name: string; org: string | null; title: string | null }>(
    `select p.name, o.name as org, p.title from people p left join organizations o on o.id = p.organization_id
     where p.workspace_id = $1 order by md5(p.id::text) limit 40`,
    [ws],
  );
  return rows.flatMap((r, i) => {
    const [given, family] = r.name.split(" ");
    const pick = [
      given,
      family?.slice(0, 4),
      `${given} ${family?.slice(0, 3)}`,
      r.org?.split(" ")[0],
      r.title?.split(" ")[0],
    ];
    return pick[i % pick.length] ? [pick[i % pick.length]!.toLowerCase()] : [];
  });
}

/** Today in-process: the same reads as GET /api/agenda without HTTP (its floor). */
export async function agendaFloor(db: Db, ws: string): Promise<void> {
  await getAgenda(db, ws, new Date());
}
