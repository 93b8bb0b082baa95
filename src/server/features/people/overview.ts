import type { Db } from "../../db/connect.ts";
import { presentIntroduction } from "../introductions/present.ts";
import { listIntroductions } from "../introductions/repo.ts";
import { presentMeeting } from "../meetings/present.ts";
import { listMeetings } from "../meetings/repo.ts";
import { presentOrganization } from "../organizations/present.ts";
import { getOrganization } from "../organizations/repo.ts";
import { presentPerson } from "./present.ts";
import { getPeopleNames, getPerson } from "./repo.ts";

/** The person page in one call: its parts are read concurrently (one round trip each). */
export async function getPersonOverview(db: Db, ws: string, id: string) {
  const person = await getPerson(db, ws, id);
  if (!person) return undefined;
  const [organization, meetingsPage, intros] = await Promise.all([
    person.person.organizationId
      ? getOrganization(db, ws, person.person.organizationId)
      : undefined,
    listMeetings(db, ws, { personId: id, when: "all" }, new Date(), null, 200),
    listIntroductions(db, ws, { personId: id }),
  ]);
  const relatedIds = new Set<string>();
  for (const m of meetingsPage.rows) for (const p of m.personIds) relatedIds.add(p);
  for (const i of intros) {
    relatedIds.add(i.fromPersonId);
    relatedIds.add(i.toPersonId);
  }
  relatedIds.delete(id);
  const related = await getPeopleNames(db, ws, [...relatedIds]);
  return {
    person: presentPerson(person),
    organization: organization ? presentOrganization(organization) : null,
    meetings: meetingsPage.rows.map(presentMeeting),
    introductionsIn: intros.filter((i) => i.toPersonId === id).map(presentIntroduction),
    introductionsOut: intros.filter((i) => i.fromPersonId === id).map(presentIntroduction),
    related,
  };
}
