import path from "node:path";
import pg from "pg";
import { createApiToken, createUser } from "../../src/server/auth/service.ts";
import { type Database, openDatabase } from "../../src/server/db/connect.ts";
import { funnelJson } from "../../src/server/features/funnel/repo.ts";
import { decisionMakerPathsJson } from "../../src/server/features/paths/service.ts";
import { getPersonOverview } from "../../src/server/features/people/overview.ts";
import { listPeople } from "../../src/server/features/people/repo.ts";
import { cloneTableSql, remappedId, workspaceTables } from "../lib/clone.ts";
import { freshPostgresDatabase } from "../lib/dataset.ts";
import { type LoadResult, loadMany, type TokenRequest } from "../lib/http-load.ts";
import { agendaFloor, searchTerms } from "../lib/probes.ts";
import { rssMB, spawnServer, stop } from "../lib/process.ts";
import { httpRatio, median, percentile, round, timeRuns } from "../lib/stats.ts";
import { type BenchOptions, meets, type Scenario, type ScenarioResult } from "../lib/types.ts";
import { SIZES, seedNetwork } from "../seed.ts";

const SHAPE = "small" as const;
/** While seeding: the workspaces to fill (idx, id, made here). */
const TARGETS = "bench_centre_targets";

/** A workspace the probes use: its owner's API token and a few of its people. */
type Sampled = { idx: number; workspaceId: string; token: string; people: string[] };

type Centre = {
  url: string;
  workspaces: number;
  sampled: Sampled[];
  terms: string[];
  seedMs: number;
  /** Where the seed time went. */
  breakdown: string;
  /** Data rows in the database, every workspace. */
  rows: number;
};

type Owner = { idx: number; workspaceId: string; token: string; userId: string };

/** Runs jobs on the given connections, each connection taking the next job when it is free. */
async function onLanes(lanes: pg.Client[], jobs: Array<(c: pg.Client) => Promise<unknown>>) {
  let next = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < jobs.length) await jobs[next++]!(lane);
    }),
  );
}

/**
 * Copies the source workspace into every workspace of TARGETS as a bulk restore would:
 * secondary indexes are dropped and built once afterwards (maintaining the trigram index row
 * by row over 2M people costs minutes), then the tables are vacuumed and analyzed (the
 * visibility map and statistics a live database has under autovacuum). The copy is made of
 * rows already checked in the source workspace, remapped one to one, so the per-row
 * foreign-key triggers are skipped where the role may (superuser) and the tables load side
 * by side on two connections; otherwise they load one after another in foreign-key order.
 */
async function cloneSource(url: string, sourceWs: string) {
  const lanes = [
    new pg.Client({ connectionString: url }),
    new pg.Client({ connectionString: url }),
  ];
  await Promise.all(lanes.map((c) => c.connect()));
  try {
    for (const c of lanes) {
      await c.query("set jit = off; set work_mem = '256MB'; set maintenance_work_mem = '1GB'");
    }
    const replica = await Promise.all(
      lanes.map((c) => c.query("set session_replication_role = replica")),
    ).then(
      () => true,
      () => false,
    );
    const first = lanes[0]!;
    const tables = workspaceTables();
    const names = tables.map((t) => t.name);
    const { rows: indexes } = await first.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes
       where schemaname = current_schema() and tablename = any($1)
         and indexname not in (select conname from pg_constraint)`,
      [names],
    );
    for (const ix of indexes) await first.query(`drop index "${ix.indexname}"`);
    let rows = 0;
    let t = performance.now();
    const clones = tables.map((table) => async (c: pg.Client) => {
      const res = await c.query(cloneTableSql(table, TARGETS), [sourceWs]);
      rows += res.rowCount ?? 0;
    });
    await onLanes(replica ? lanes : [first], clones);
    if (replica) {
      // What the skipped triggers would have done: a network version for each workspace.
      await first.query(
        `insert into network_versions (workspace_id) select id from ${TARGETS} on conflict do nothing`,
      );
    }
    const cloneMs = performance.now() - t;
    t = performance.now();
    // The trigram index takes longest: it starts first, the others build beside it.
    const trgm = (ix: { indexdef: string }) => Number(ix.indexdef.includes("gin_trgm_ops"));
    indexes.sort((a, b) => trgm(b) - trgm(a));
    await onLanes(
      lanes,
      indexes.map((ix) => (c: pg.Client) => c.query(ix.indexdef)),
    );
    const indexMs = performance.now() - t;
    t = performance.now();
    await onLanes(lanes, [
      ...names.map((n) => (c: pg.Client) => c.query(`vacuum analyze "${n}"`)),
      (c) => c.query("vacuum analyze users, workspaces, workspace_members, network_versions"),
    ]);
    const vacuumMs = performance.now() - t;
    return { rows, cloneMs, indexMs, vacuumMs, replica };
  } finally {
    await Promise.all(lanes.map((c) => c.end()));
  }
}

/**
 * A fresh database `warmpath_bench_centre` with `workspaces` workspaces of the small shape.
 * `sampledCount` of them, spread over the range, get an owner made by createUser and an API
 * token; the others get a workspace, an owner and a membership written set-based. Workspace 0
 * is seeded by seedNetwork; its rows are then cloned into all the others, one
 * `insert … select` per table with every id remapped (bench/lib/clone.ts).
 */
async function prepareCentre(
  baseUrl: string,
  workDir: string,
  workspaces: number,
  sampledCount: number,
): Promise<Centre> {
  const url = await freshPostgresDatabase(baseUrl, "warmpath_bench_centre");
  const database = await openDatabase({
    dataDir: path.join(workDir, "data-centre-unused"),
    databaseUrl: url,
    command: "warmpath bench",
  });
  try {
    const started = performance.now();
    const owners: Owner[] = [];
    for (let k = 0; k < sampledCount; k++) {
      const idx = Math.floor((k * workspaces) / sampledCount);
      const { user, workspaceId } = await createUser(
        database.db,
        {
          email: `centre-${idx}@example.com`,
          name: `Seeker ${idx}`,
          password: "benchmark password",
        },
        { onlyIfFirst: false },
      );
      const { token } = await createApiToken(database.db, user.id, "bench");
      owners.push({ idx, workspaceId, token, userId: user.id });
    }
    const source = owners[0]!;
    await seedNetwork(database, source.workspaceId, SHAPE);
    const seedOneMs = performance.now() - started;

    // Every workspace but the source: the sampled ones exist already, the others are made
    // here, each with an owner (sharing the source owner's password hash: nobody signs in as
    // them) and the membership that makes them its owner.
    const q = database.query;
    const others = owners.slice(1);
    await q(`create table ${TARGETS} (idx int primary key, id uuid not null, made bool not null)`);
    await q(
      `insert into ${TARGETS} select i, id, false from unnest($1::int[], $2::uuid[]) u(i, id)`,
      [others.map((o) => o.idx), others.map((o) => o.workspaceId)],
    );
    await q(
      `insert into ${TARGETS} select i, md5('centre-ws:' || i)::uuid, true
       from generate_series(1, $1 - 1) i where i <> all($2::int[])`,
      [workspaces, others.map((o) => o.idx)],
    );
    const userId = remappedId("'centre-user'", "t.idx::text");
    await q(
      `insert into workspaces (id, name)
       select id, 'Seeker ' || idx || '''s search' from ${TARGETS} where made`,
    );
    await q(
      `insert into users (id, email, name, password_hash)
       select ${userId}, 'centre-' || t.idx || '@example.com', 'Seeker ' || t.idx, u.password_hash
       from ${TARGETS} t, users u where t.made and u.id = $1`,
      [source.userId],
    );
    await q(
      `insert into workspace_members (workspace_id, user_id, role)
       select t.id, ${userId}, 'owner' from ${TARGETS} t where t.made`,
    );
    const clone = await cloneSource(url, source.workspaceId);
    await q(`drop table ${TARGETS}`);
    const seedMs = Math.round(performance.now() - started);
    const sec = (ms: number) => `${round(ms / 1000, 1)} s`;
    const breakdown = [
      `workspace 0 and ${sampledCount} owners ${sec(seedOneMs)}`,
      `copies ${sec(clone.cloneMs)}${clone.replica ? "" : " (foreign keys checked)"}`,
      `indexes ${sec(clone.indexMs)}`,
      `vacuum analyze ${sec(clone.vacuumMs)}`,
    ].join(", ");

    const terms = await searchTerms(database, source.workspaceId);
    const sampled: Sampled[] = [];
    for (const o of owners) {
      const people = await q<{ id: string }>(
        "select id::text from people where workspace_id = $1 order by md5(id::text || 'x') limit 10",
        [o.workspaceId],
      );
      sampled.push({ ...o, people: people.map((p) => p.id) });
    }
    // Each of the other workspaces holds a copy of every source row.
    const rows = Math.round((clone.rows * workspaces) / (workspaces - 1));
    return { url, workspaces, sampled, terms, seedMs, breakdown, rows };
  } finally {
    await database.close();
  }
}

type Probe = {
  id: string;
  requests: TokenRequest[];
  goal: Record<string, number>;
  /** The same work without HTTP, in-process on the same database, for sampled workspace s. */
  floor: (db: Database, s: Sampled, i: number) => Promise<unknown>;
};

/** Request i goes to sampled workspace i mod n, so consecutive requests change workspace. */
function spread(sampled: Sampled[], count: number, pathOf: (s: Sampled, round: number) => string) {
  return Array.from({ length: count }, (_, i) => {
    const s = sampled[i % sampled.length]!;
    return { path: pathOf(s, Math.floor(i / sampled.length)), token: s.token };
  });
}

/** A with B's person id must be told "not found", and B must see that person. */
async function checkIsolation(baseUrl: string, a: Sampled, b: Sampled) {
  const get = (s: Sampled, id: string) =>
    fetch(`${baseUrl}/api/people/${id}/overview`, {
      headers: { authorization: `Bearer ${s.token}` },
    }).then(async (res) => {
      await res.arrayBuffer();
      return res.status;
    });
  const id = b.people[0]!;
  const [own, foreign] = [await get(b, id), await get(a, id)];
  if (own !== 200 || foreign !== 404) {
    throw new Error(
      `isolation: workspace ${b.idx}'s person answered ${own} to its owner and ${foreign} to workspace ${a.idx}'s token (want 200 and 404)`,
    );
  }
}

/**
 * A career centre on one PostgreSQL server: its coaches' job seekers share one database,
 * 1,000 workspaces of 2,000 people each. People search, person page, paths, agenda and
 * funnel through the real HTTP server, requests spread over sampled workspaces' tokens;
 * floors: the same repository calls in-process.
 */
export const centre: Scenario = {
  id: "centre",
  run: async (options: BenchOptions): Promise<ScenarioResult[]> => {
    if (!options.databaseUrl) {
      process.stdout.write("skipped: needs DATABASE_URL (a career centre is a server deployment) ");
      return [];
    }
    const workspaces = options.quick ? 100 : 1_000;
    const sampledCount = options.quick ? 10 : 20;
    const seconds = options.quick ? 2 : 8;
    const size = `centre (${workspaces.toLocaleString("en")} × ${SIZES[SHAPE].people.toLocaleString("en")})`;
    const c = await prepareCentre(options.databaseUrl, options.workDir, workspaces, sampledCount);
    console.log(
      `  seeded ${workspaces} workspaces (${c.rows.toLocaleString("en")} rows) in ${c.seedMs} ms: ${c.breakdown}`,
    );
    const { sampled, terms } = c;
    const probes: Probe[] = [
      {
        id: "centre-people-search",
        requests: spread(sampled, sampled.length * 10, (_, r) => {
          const t = terms[r % terms.length]!;
          return `/api/people?q=${encodeURIComponent(t)}&limit=50`;
        }),
        goal: { p99Ms: 15 },
        floor: (db, s, i) =>
          listPeople(db.db, s.workspaceId, { q: terms[i % terms.length] }, "name", null, 50),
      },
      {
        id: "centre-person-page",
        requests: spread(
          sampled,
          sampled.length * 10,
          (s, r) => `/api/people/${s.people[r % s.people.length]}/overview`,
        ),
        goal: { p99Ms: 15 },
        floor: (db, s, i) =>
          getPersonOverview(db.db, s.workspaceId, s.people[i % s.people.length]!),
      },
      {
        id: "centre-paths",
        requests: spread(sampled, sampled.length, () => "/api/paths/decision-makers"),
        goal: { p99Ms: 50 },
        floor: (db, s) => decisionMakerPathsJson(db.db, s.workspaceId),
      },
      {
        id: "centre-agenda",
        requests: spread(sampled, sampled.length, () => "/api/agenda"),
        goal: { p99Ms: 15 },
        floor: (db, s) => agendaFloor(db.db, s.workspaceId),
      },
      {
        id: "centre-funnel",
        requests: spread(sampled, sampled.length, () => "/api/funnel"),
        goal: { p99Ms: 15 },
        floor: (db, s) => funnelJson(db.db, s.workspaceId),
      },
    ];
    const env = { DATABASE_URL: c.url };
    const server = await spawnServer(["dist/cli.mjs", "serve"], env);
    const measured: Array<{ probe: Probe; http: LoadResult }> = [];
    let rss = 0;
    try {
      await checkIsolation(server.url, sampled[0]!, sampled[1]!);
      // Each workspace's paths view is computed by its first read and stored (decision 0009):
      // compute it once, so the probe measures the stored read as `network`'s paths does.
      for (const s of sampled) {
        const res = await fetch(`${server.url}/api/paths/decision-makers`, {
          headers: { authorization: `Bearer ${s.token}` },
        });
        await res.arrayBuffer();
      }
      for (const probe of probes) {
        measured.push({ probe, http: await loadMany(server.url, probe.requests, seconds) });
      }
      rss = rssMB(server.child.pid!);
    } finally {
      await stop(server.child);
    }
    const database = await openDatabase({
      dataDir: path.join(options.workDir, "data-centre-unused"),
      databaseUrl: c.url,
      command: "warmpath bench",
    });
    const results: ScenarioResult[] = [];
    try {
      for (const { probe, http } of measured) {
        let i = 0;
        const floor = await timeRuns(
          options.quick ? 30 : 100,
          () => {
            const n = i++;
            return probe.floor(
              database,
              sampled[n % sampled.length]!,
              Math.floor(n / sampled.length),
            );
          },
          sampled.length,
        );
        const result = {
          id: probe.id,
          size,
          ...http,
          rssMB: rss,
          floorMs: round(median(floor)),
          ratio: httpRatio(http.medianMs, floor),
          goal: probe.goal,
          notes: `floor p99 ${round(percentile(floor, 99))} ms; ${http.requests} requests over ${sampled.length} workspaces' tokens after a first pass (slowest ${http.firstPassMaxMs} ms); seeded in ${round(c.seedMs / 1000, 1)} s`,
        };
        results.push({ ...result, met: meets(result) });
      }
    } finally {
      await database.close();
    }
    return results;
  },
};
