import { defineConfig } from "vitest/config";

// The API suite runs on embedded PGlite always, and a second time on a real PostgreSQL
// server when TEST_DATABASE_URL is set (CI). Each test file gets a fresh database.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

const shared = {
  globalSetup: ["src/server/testing/global-setup.ts"],
  // Some tests spawn the CLI and servers as a user would; on a busy 2-core CI box that is slow.
  testTimeout: 120_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: "pglite",
          include: ["src/**/*.test.ts", "bench/**/*.test.ts"],
          env: { WARMPATH_TEST_DB: "pglite" },
        },
      },
      ...(onPostgres
        ? [
            {
              test: {
                ...shared,
                name: "postgres",
                // Pure engine tests do not touch a database: run them once.
                include: ["src/server/**/*.test.ts"],
                env: { WARMPATH_TEST_DB: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
