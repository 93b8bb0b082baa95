// The floor for cold start: a bare Node HTTP server that opens the same database (PGlite data
// directory, or a PostgreSQL server) and answers one `select 1` per request. Prints its URL.
import http from "node:http";

const [target] = process.argv.slice(2);
let query;
if (target.startsWith("postgres")) {
  const pg = (await import("pg")).default;
  const pool = new pg.Pool({ connectionString: target, max: 1 });
  query = () => pool.query("select 1");
} else {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(target, { postgresqlconf: ["shared_buffers = 16MB"] });
  query = () => db.query("select 1");
}
const server = http.createServer(async (_req, res) => {
  await query();
  res.setHeader("content-type", "application/json");
  res.end('{"status":"ok"}');
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`running at http://127.0.0.1:${server.address().port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
