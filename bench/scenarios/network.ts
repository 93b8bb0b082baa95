import { funnelJson } from "../../src/server/features/funnel/repo.ts";
import {
  decisionMakerPaths,
  decisionMakerPathsJson,
} from "../../src/server/features/paths/service.ts";
import { getPersonOverview } from "../../src/server/features/people/overview.ts";
import { peopleJson } from "../../src/server/features/people/page-json.ts";
import { findPage } from "../../src/server/features/people/repo.ts";
import { type Dataset, prepareDataset } from "../lib/dataset.ts";
import { type LoadResult, load } from "../lib/http-load.ts";
import { agendaFloor, searchTerms } from "../lib/probes.ts";
import { rssMB, spawnServer, stop } from "../lib/process.ts";
import { httpRatio, median, percentile, round, timeRuns } from "../lib/stats.ts";
import { type BenchOptions, meets, type Scenario, type ScenarioResult } from "../lib/types.ts";
import type { SizeName } from "../seed.ts";

type Probe = {
  id: string;
  paths: string[];
  goal: Record<string, number>;
  /** The same work without HTTP: the repository calls in-process on the same database. */
  floor: (ds: Dataset, db: Awaited<ReturnType<Dataset["open"]>>, i: number) => Promise<unknown>;
};

/** Search words from the data set (see searchTerms). */
async function termsOf(ds: Dataset): Promise<string[]> {
  const db = await ds.open();
  try {
    return await searchTerms(db, ds.workspaceId);
  } finally {
    await db.close();
  }
}

async function samplePeople(ds: Dataset): Promise<string[]> {
  const db = await ds.open();
  try {
    const rows = await db.query<{ id: string }>(
      "select id::text from people where workspace_id = $1 order by md5(id::text || 'x') limit 50",
      [ds.workspaceId],
    );
    return rows.map((r) => r.id);
  } finally {
    await db.close();
  }
}

/**
 * People search, person page, paths to decision-makers and the funnel, through the real
 * HTTP server (bearer token, one connection), at each size; floor: the same queries
 * in-process on the same database.
 */
export const network: Scenario = {
  id: "network",
  run: async (options: BenchOptions): Promise<ScenarioResult[]> => {
    const sizes: SizeName[] = options.quick ? ["small"] : ["small", "large"];
    const seconds = options.quick ? 3 : 8;
    const results: ScenarioResult[] = [];
    for (const size of sizes) {
      const ds = await prepareDataset(size, options.workDir, options.databaseUrl);
      console.log(`  seeded ${size} in ${ds.seedMs} ms`);
      const terms = await termsOf(ds);
      const ids = await samplePeople(ds);
      const probes: Probe[] = [
        {
          id: "people-search",
          paths: terms.map((t) => `/api/people?q=${encodeURIComponent(t)}&limit=50`),
          goal: { p99Ms: 15 },
          floor: async (d, db, i) => {
            const q = terms[i % terms.length];
            const { ids } = await findPage(db.db, d.workspaceId, { q }, "name", null, 50);
            return peopleJson(db.db, d.workspaceId, ids);
          },
        },
        {
          id: "person-page",
          paths: ids.map((id) => `/api/people/${id}/overview`),
          goal: { p99Ms: 15 },
          floor: (d, db, i) => getPersonOverview(db.db, d.workspaceId, ids[i % ids.length]!),
        },
        {
          id: "paths",
          paths: ["/api/paths/decision-makers"],
          goal: { p99Ms: 50 },
          // The endpoint serves the view stored at the current network version (decision
          // 0009); its recomputation after a change is measured below as paths-recompute.
          floor: (d, db) => decisionMakerPathsJson(db.db, d.workspaceId),
        },
        {
          id: "agenda",
          paths: ["/api/agenda"],
          goal: { p99Ms: 15 },
          floor: (d, db) => agendaFloor(db.db, d.workspaceId),
        },
        {
          id: "insight-search",
          paths: ["regulation", "grant funding", "patient safety", "climate", "mergers"].map(
            (q) => `/api/insights?q=${encodeURIComponent(q)}&limit=50`,
          ),
          goal: { p99Ms: 15 },
          floor: (d, db, i) =>
            db.query(
              `select * from (select * from insights where workspace_id = $1 and search @@ websearch_to_tsquery('english', $2)
                 order by created_at desc limit 1000) recent
               order by ts_rank(search, websearch_to_tsquery('english', $2)) desc, created_at desc limit 50`,
              [
                d.workspaceId,
                ["regulation", "grant funding", "patient safety", "climate", "mergers"][i % 5],
              ],
            ),
        },
        {
          id: "funnel",
          paths: ["/api/funnel"],
          goal: { p99Ms: 15 },
          floor: (d, db) => funnelJson(db.db, d.workspaceId),
        },
      ];
      const server = await spawnServer(["dist/cli.mjs", "serve"], ds.env);
      const measured: Array<{ probe: Probe; http: LoadResult }> = [];
      let rss = 0;
      try {
        for (const probe of probes) {
          measured.push({ probe, http: await load(server.url, probe.paths, ds.token, seconds) });
        }
        rss = rssMB(server.child.pid!);
      } finally {
        await stop(server.child);
      }
      const db = await ds.open();
      try {
        for (const { probe, http } of measured) {
          let i = 0;
          const floor = await timeRuns(options.quick ? 30 : 100, () => probe.floor(ds, db, i++), 5);
          const result = {
            id: probe.id,
            size,
            ...http,
            rssMB: rss,
            floorMs: round(median(floor)),
            ratio: httpRatio(http.medianMs, floor),
            goal: probe.goal,
            notes: `floor p99 ${round(percentile(floor, 99))} ms; ${http.requests} requests after a first pass through the ${probe.paths.length} path(s), whose slowest took ${http.firstPassMaxMs} ms`,
          };
          results.push({ ...result, met: meets(result) });
        }
        // What the first read after a change pays: the walk itself, in-process.
        const walk = await timeRuns(
          options.quick ? 5 : 15,
          () => decisionMakerPaths(db.db, ds.workspaceId),
          1,
        );
        const recompute = {
          id: "paths-recompute",
          size,
          medianMs: round(median(walk)),
          p99Ms: round(percentile(walk, 99)),
          goal: { p99Ms: 500 },
          notes:
            "the walk to every decision-maker, run by the first read after people, meetings or introductions change (in-process)",
        };
        results.push({ ...recompute, met: meets(recompute) });
      } finally {
        await db.close();
      }
    }
    return results;
  },
};
