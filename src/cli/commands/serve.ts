import type { Command } from "commander";

export function register(program: Command): void {
  program
    .command("serve")
    .description("Serve the web app and API (PORT, HOST, WARMPATH_DATA_DIR, DATABASE_URL)")
    .option("--port <port>", "port to listen on (default: PORT or 4477)")
    .option("--host <host>", "address to bind (default: HOST or 127.0.0.1)")
    .action(async (options: { port?: string; host?: string }) => {
      // Loaded on use, so that `--help` and the engine commands start fast.
      const { loadConfig } = await import("../../server/config.ts");
      const { startServer } = await import("../../server/main.ts");
      const config = loadConfig({
        ...process.env,
        ...(options.port ? { PORT: options.port } : {}),
        ...(options.host ? { HOST: options.host } : {}),
      });
      const server = await startServer(config);
      process.stdout.write(`Warmpath is running at ${server.url}\n`);
      const stop = () => {
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
