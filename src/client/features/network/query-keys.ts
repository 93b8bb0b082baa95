/**
 * Query keys of the network features (people, organizations, meetings, introductions,
 * paths), in one place because a change in one feature stales the others: a meeting marked
 * held changes a person's "last contacted", the decision-makers met and the funnel.
 */
export const queryKeys = {
  people: ["people"] as const,
  peopleList: (params: Record<string, string>) => ["people", "list", params] as const,
  person: (id: string) => ["people", "detail", id] as const,
  personOverview: (id: string) => ["people", "overview", id] as const,
  organizations: ["organizations"] as const,
  organizationList: (params: Record<string, string>) => ["organizations", "list", params] as const,
  organization: (id: string) => ["organizations", "detail", id] as const,
  meetings: ["meetings"] as const,
  meetingList: (params: Record<string, string>) => ["meetings", "list", params] as const,
  meeting: (id: string) => ["meetings", "detail", id] as const,
  introductions: ["introductions"] as const,
  introductionList: (params: Record<string, string>) => ["introductions", params] as const,
  /** Everything derived from the whole graph: paths to decision-makers and the funnel. */
  network: ["network"] as const,
  decisionMakerPaths: ["network", "decision-makers"] as const,
  organizationPaths: ["network", "organizations"] as const,
  funnel: ["network", "funnel"] as const,
  graphPeople: ["network", "graph-people"] as const,
};

/** Query-string parameters without the empty ones, for URLs and stable query keys. */
export function cleanParams(params: Record<string, string | undefined | null>) {
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value) clean[key] = value;
  return clean;
}

/** `/path?query` from cleaned parameters. */
export function withQuery(path: string, params: Record<string, string | undefined | null>) {
  const search = new URLSearchParams(cleanParams(params)).toString();
  return search ? `${path}?${search}` : path;
}
