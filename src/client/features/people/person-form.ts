import { z } from "zod";
import { PersonPatch, type PersonView } from "../../../shared/api/network.ts";

/** Several e-mails or phones in one field, separated by commas, semicolons or new lines. */
const splitList = (value: string) =>
  value
    .split(/[\n,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The text fields of the person form, turned into the API's shape and then checked by the
 * API's own schema, so the browser shows the same messages as the server would.
 */
export const PersonFormText = z
  .object({
    name: z.string(),
    title: z.string(),
    emails: z.string(),
    phones: z.string(),
    profileUrl: z.string(),
    startedAt: z.string(),
    metOn: z.string(),
    howWeMet: z.string(),
    notes: z.string(),
  })
  .transform((v) => ({
    name: v.name,
    title: v.title.trim() || null,
    emails: splitList(v.emails),
    phones: splitList(v.phones),
    profileUrl: v.profileUrl.trim() || null,
    startedAt: v.startedAt || null,
    metOn: v.metOn || null,
    howWeMet: v.howWeMet.trim(),
    notes: v.notes,
  }))
  .pipe(
    PersonPatch.pick({
      name: true,
      title: true,
      emails: true,
      phones: true,
      profileUrl: true,
      startedAt: true,
      metOn: true,
      howWeMet: true,
      notes: true,
    }).required(),
  );

export type PersonFormField = keyof z.input<typeof PersonFormText>;

export const personFormLabels: Record<PersonFormField, string> = {
  name: "Name",
  title: "Title",
  emails: "E-mails",
  phones: "Phones",
  profileUrl: "Profile URL",
  startedAt: "Started there on",
  metOn: "Met on",
  howWeMet: "How you met",
  notes: "Notes",
};

/** The form's text values for a new person, or for editing an existing one. */
export function personFormValues(person?: PersonView): Record<PersonFormField, string> {
  return {
    name: person?.name ?? "",
    title: person?.title ?? "",
    emails: person?.emails.join(", ") ?? "",
    phones: person?.phones.join(", ") ?? "",
    profileUrl: person?.profileUrl ?? "",
    startedAt: person?.startedAt ?? "",
    metOn: person?.metOn ?? "",
    howWeMet: person?.howWeMet ?? "",
    notes: person?.notes ?? "",
  };
}
