import type { TestClient } from "./test-app.ts";

type Created = { id: string } & Record<string, unknown>;

let n = 0;

async function create(
  client: TestClient,
  path: string,
  body: Record<string, unknown>,
): Promise<Created> {
  const res = await client.post(path, body);
  if (res.status !== 201) throw new Error(`POST ${path} → ${res.status}: ${res.text}`);
  return res.body as Created;
}

/** `buildX(overrides)`: creates an entity through the API with plausible defaults. */
export const buildOrganization = (client: TestClient, overrides: Record<string, unknown> = {}) =>
  create(client, "/api/organizations", {
    name: `Organization ${++n}`,
    sector: "Health",
    ...overrides,
  });

export const buildPerson = (client: TestClient, overrides: Record<string, unknown> = {}) =>
  create(client, "/api/people", { name: `Person ${++n}`, title: "Manager", ...overrides });

export const buildMeeting = (
  client: TestClient,
  personIds: string[],
  overrides: Record<string, unknown> = {},
) =>
  create(client, "/api/meetings", {
    personIds,
    scheduledAt: "2026-03-10T15:00:00+01:00",
    timeZone: "Europe/Paris",
    ...overrides,
  });

export const buildIntroduction = (
  client: TestClient,
  fromPersonId: string,
  toPersonId: string,
  overrides: Record<string, unknown> = {},
) =>
  create(client, "/api/introductions", {
    fromPersonId,
    toPersonId,
    status: "offered",
    ...overrides,
  });
