import type { Database } from "../src/server/db/connect.ts";

/** Named data-set sizes (issue: benchmarks at real scale). */
export const SIZES = {
  small: {
    people: 2_000,
    organizations: 300,
    meetings: 200,
    introductions: 300,
    insights: 400,
    followUps: 1_000,
  },
  large: {
    people: 100_000,
    organizations: 20_000,
    meetings: 100_000,
    introductions: 150_000,
    insights: 150_000,
    followUps: 150_000,
  },
} as const;

/** The people of one seeding statement: a LinkedIn export holds up to 30,000 connections. */
const PEOPLE_PER_IMPORT = 25_000;

const INSIGHT_WORDS = [
  "regulation",
  "hiring freeze",
  "grant funding",
  "supply chain",
  "digital transformation",
  "patient safety",
  "climate targets",
  "union negotiations",
  "mergers",
  "remote work",
  "data privacy",
  "budget cuts",
];
export type SizeName = keyof typeof SIZES;

export const FIRST = [
  "Amara",
  "Ben",
  "Chloé",
  "Dmitri",
  "Elif",
  "Farah",
  "Gustavo",
  "Hana",
  "Ibrahim",
  "Jun",
  "Kofi",
  "Lena",
  "Mateo",
  "Noor",
  "Olu",
  "Priya",
  "Quentin",
  "Rosa",
  "Sven",
  "Tariq",
  "Uma",
  "Viktor",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zoë",
  "Aiko",
  "Bruno",
  "Carmen",
  "Deepak",
  "Emma",
  "Felix",
  "Grace",
  "Hugo",
  "Ines",
  "Jonas",
  "Kira",
  "Liam",
  "Maya",
  "Nadia",
  "Oscar",
  "Paula",
  "Rahul",
  "Sofia",
  "Tomás",
  "Ursula",
  "Vera",
  "Wanjiru",
  "Yara",
  "Zain",
];
// Family and organization names are built from syllables: a real network has thousands of
// distinct names, and search speed depends on how many rows a word matches.
export const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ran",
  "del",
  "tor",
  "su",
  "ven",
  "ba",
  "shi",
  "nor",
  "el",
  "qui",
  "mar",
  "dan",
  "is",
  "or",
  "fen",
  "wu",
  "la",
  "ge",
  "pol",
  "ric",
  "yo",
];
const TITLES = [
  "Director of Operations",
  "Program Manager",
  "Software Engineer",
  "VP Marketing",
  "Head of Talent",
  "Data Analyst",
  "Policy Advisor",
  "Product Manager",
  "Nurse Manager",
  "Controller",
  "Founder",
  "Research Scientist",
  "Account Executive",
  "Chief of Staff",
  "UX Designer",
];
const SECTORS = [
  "Health",
  "Finance",
  "Non-profit",
  "Energy",
  "Education",
  "Public sector",
  "Software",
  "Retail",
  "Manufacturing",
  "Media",
];
const PLACES = [
  "North",
  "Cedar",
  "Harbour",
  "Summit",
  "Lake",
  "Bright",
  "River",
  "Maple",
  "Orion",
  "Granite",
  "Aurora",
  "Pine",
];
const ORG_KINDS = [
  "Health",
  "Bank",
  "Foundation",
  "Labs",
  "Energy",
  "Council",
  "Robotics",
  "Partners",
  "Media",
  "Works",
];

const arr = (xs: readonly string[]) =>
  `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`;
/** Deterministic pseudo-random integer in [0, 2^28) from an integer and a salt (md5-based). */
const h = (expr: string, salt: number) =>
  `(('x' || lpad(substr(md5((${expr})::text || '-${salt}'), 1, 7), 8, '0'))::bit(32)::int)`;
/** A capitalised word of 2–3 syllables. */
const word = (expr: string, salt: number) =>
  `initcap(${pick(SYLLABLES, expr, salt)} || ${pick(SYLLABLES, expr, salt + 1)} || case when ${h(expr, salt + 2)} % 2 = 0 then ${pick(SYLLABLES, expr, salt + 3)} else '' end)`;
const pick = (xs: readonly string[], expr: string, salt: number) =>
  `(${arr(xs)})[1 + ${h(expr, salt)} % ${xs.length}]`;

/**
 * Fills a workspace with a deterministic network of the given size, in a handful of
 * set-based statements (row-by-row inserts on PGlite cost ~0.5 ms each). The referral graph is
 * shaped like a real one: a fifth of the people are known directly; everyone else was
 * introduced by someone met earlier, some by two people, with a few cycles and declined
 * introductions; 2 % can hire.
 */
export async function seedNetwork(
  database: Database,
  ws: string,
  sizeName: SizeName,
  now = new Date(),
) {
  const size = SIZES[sizeName];
  const q = (text: string) => database.query(text);
  const roots = Math.floor(size.people / 5);
  const nonRoots = size.people - roots;
  const tag = (expr: string) => `'b${sizeName}'||${expr}`;
  await q(`
    insert into organizations (id, workspace_id, name, sector, size, research, tags, is_target)
    select md5(${tag("'o'||i")})::uuid, '${ws}',
      ${pick(PLACES, "i", 1)} || lower(${word("i", 20)}) || ' ' || ${pick(ORG_KINDS, "i", 2)},
      ${pick(SECTORS, "i", 3)}, (10 + ${h("i", 4)} % 5000)::text,
      'Founded in ' || (1950 + ${h("i", 5)} % 70) || '.', array[lower(${pick(SECTORS, "i", 3)})], i % 100 = 0
    from generate_series(0, ${size.organizations - 1}) i`);
  // Each person is written once with their search text, as imports and the app write them
  // (inserting then updating every row left the heap and the indexes at twice their size),
  // and in statements of at most PEOPLE_PER_IMPORT, as a workspace of this size is filled:
  // by several imports, each of which the search copy stores in name order (migration 0020).
  for (let first = 0; first < size.people; first += PEOPLE_PER_IMPORT) {
    const last = Math.min(first + PEOPLE_PER_IMPORT, size.people) - 1;
    await q(`
    insert into people (id, workspace_id, name, given_name, family_name, emails, title, organization_id,
      started_at, can_hire, how_we_met, tags, search_text, created_at, updated_at)
    select s.id, '${ws}', s.name, fn, ln, s.emails, s.title, s.org, s.started_at, s.can_hire,
      'LinkedIn', s.tags,
      lower(concat_ws(' ', s.name, s.title, o.name, array_to_string(s.emails, ' '),
        array_to_string(s.tags, ' '))),
      s.at, s.at
    from (select md5(${tag("'p'||i")})::uuid as id, fn || ' ' || ln as name, fn, ln,
            case when i % 5 = 0 then array[lower(fn) || '.' || i || '@example.com'] else '{}' end as emails,
            ${pick(TITLES, "i", 6)} as title,
            md5(${tag(`'o'||(${h("i", 7)} % ${size.organizations})`)})::uuid as org,
            date '2008-01-01' + (${h("i", 8)} % 6500)::int as started_at,
            i % 50 = 7 as can_hire, case when i % 7 = 0 then array['alumni'] else '{}' end as tags,
            timestamptz '2024-01-01' + make_interval(mins => i) as at
          from (select i, ${pick(FIRST, "i", 9)} as fn, ${word("i", 30)} as ln
                from generate_series(${first}, ${last}) i) g) s
    left join organizations o on o.id = s.org
    order by s.at`);
  }
  const primary = Math.min(nonRoots, size.introductions);
  const back = Math.floor(size.introductions / 75);
  const extra = Math.max(0, size.introductions - primary - back);
  const person = (expr: string) => `md5(${tag(`'p'||(${expr})`)})::uuid`;
  const status = (salt: number, declined: boolean) =>
    `(array['made','made','made','made','made','made','offered','offered','asked','${declined ? "declined" : "to-ask"}'])[1 + ${h("k", salt)} % 10]`;
  // Everyone not known directly was introduced by someone earlier in the list.
  await q(`
    insert into introductions (workspace_id, from_person_id, to_person_id, status, offered_at, made_at)
    select '${ws}', ${person(`${h("k", 11)} % k`)}, ${person("k")}, ${status(12, false)},
      timestamptz '2025-01-01', case when ${h("k", 12)} % 10 < 6 then timestamptz '2025-01-05' end
    from generate_series(${roots}, ${roots + primary - 1}) k`);
  // Second parents, some declined.
  await q(`
    insert into introductions (workspace_id, from_person_id, to_person_id, status, offered_at)
    select '${ws}', ${person(`${h("t", 14)} % t`)}, ${person("t")}, ${status(15, true)}, timestamptz '2025-02-01'
    from (select k, ${roots} + ${h("k", 13)} % ${nonRoots} as t from generate_series(0, ${extra - 1}) k) s`);
  // A few introductions back to earlier, introduced people: cycles.
  await q(`
    insert into introductions (workspace_id, from_person_id, to_person_id, status, offered_at)
    select '${ws}', ${person("f")}, ${person("t")}, 'offered', timestamptz '2025-03-01'
    from (select k, f, ${roots} + ${h("k", 17)} % (f - ${roots}) as t
          from (select k, ${roots + 1} + ${h("k", 16)} % ${Math.max(1, nonRoots - 1)} as f
                from generate_series(0, ${back - 1}) k) a) b
    where t <> f`);
  const day = 86_400;
  await q(`
    insert into meetings (id, workspace_id, kind, mode, organization_id, scheduled_at, time_zone,
      duration_minutes, status, held_at)
    select md5(${tag("'m'||m")})::uuid, '${ws}',
      case when m % 20 = 0 then 'job-interview' else 'informational' end,
      (array['video','in-person','phone'])[1 + m % 3],
      null, at, 'America/Toronto', 30,
      case when at > '${now.toISOString()}' then 'planned' when m % 7 = 0 then 'cancelled' else 'held' end,
      case when at <= '${now.toISOString()}' and m % 7 <> 0 then at end
    from (select m, timestamptz '${now.toISOString()}' - make_interval(secs => (${h("m", 18)} % ${730 * day}) - ${30 * day}) as at
          from generate_series(0, ${size.meetings - 1}) m) s`);
  await q(`
    insert into meeting_people (meeting_id, person_id, workspace_id, position)
    select md5(${tag("'m'||m")})::uuid, ${person(`${h("m", 19)} % ${size.people}`)}, '${ws}', 0
    from generate_series(0, ${size.meetings - 1}) m`);
  await q(`
    insert into insights (workspace_id, text, tags, meeting_id, created_at)
    select '${ws}', 'They said ' || ${pick(INSIGHT_WORDS, "k", 21)} || ' is reshaping ' || lower(${pick(SECTORS, "k", 22)}) || ' and that ' || ${pick(INSIGHT_WORDS, "k", 23)} || ' matters for new people.',
      array[lower(${pick(SECTORS, "k", 22)})], md5(${tag(`'m'||(${h("k", 24)} % ${size.meetings})`)})::uuid,
      timestamptz '2025-01-01' + make_interval(mins => k)
    from generate_series(0, ${size.insights - 1}) k`);
  // Follow-ups: mostly done, a share still due around today (what Today shows).
  await q(`
    insert into follow_ups (workspace_id, source_key, kind, person_id, due_on, status, closed_on)
    select '${ws}', 'seed:' || k, (array['thank-you','check-in','stay-in-touch','confirm-introduction','plan-meeting'])[1 + k % 5],
      ${person(`${h("k", 25)} % ${size.people}`)},
      (date '${now.toISOString().slice(0, 10)}' - 300 + (${h("k", 26)} % 330)::int),
      case when ${h("k", 27)} % 10 < 8 then 'done' else 'due' end,
      case when ${h("k", 27)} % 10 < 8 then date '${now.toISOString().slice(0, 10)}' - 1 end
    from generate_series(0, ${size.followUps - 1}) k`);
  // PGlite runs no autovacuum: set the visibility map and statistics as a live database has.
  await q("vacuum analyze");
}

/** Deterministic id of the i-th seeded person of a size (for picking pages to fetch). */
export function seededPersonId(database: Database, sizeName: SizeName, i: number) {
  return database
    .query<{ id: string }>(`select md5('b${sizeName}p' || $1::text)::uuid::text as id`, [String(i)])
    .then((rows) => rows[0]!.id);
}
