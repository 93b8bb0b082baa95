import { describe, expect, it } from "vitest";
import { IMPORT_SAMPLE_ROWS } from "../../../shared/api/imports.ts";
import { mergeContact, type PersonState, planImport } from "./merge.ts";
import { makeContact } from "./parse/contact.ts";

let n = 0;
function person(overrides: Partial<PersonState> = {}): PersonState {
  return {
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
    name: "Maren Okafor",
    givenName: "Maren",
    familyName: "Okafor",
    emails: [],
    phones: [],
    profileUrl: null,
    title: null,
    organizationId: null,
    organizationName: null,
    howWeMet: "",
    metOn: null,
    tags: [],
    notes: "",
    deleted: false,
    changed: false,
    ...overrides,
  };
}

const contact = (overrides: Parameters<typeof makeContact>[0]) => makeContact(overrides);

describe("mergeContact", () => {
  it("fills empty fields and unites lists, never overwriting what the user typed", () => {
    const p = person({
      title: "Head of Operations (typed by me)",
      emails: ["maren@home.example"],
      phones: ["+1 902 555 0100"],
      tags: ["mentor"],
      notes: "Loves sailing.",
      howWeMet: "Alumni breakfast",
    });
    const changed = mergeContact(
      p,
      contact({
        line: 3,
        givenName: "M.",
        familyName: "Okafor-Smith",
        fullName: "M. Okafor-Smith",
        title: "Director, Patient Operations",
        emails: ["MAREN@home.example", "maren@harbourline.example"],
        phones: ["+1 (902) 555-0100", "+1 902 555 0199"],
        tags: ["Mentor", "health"],
        notes: "Met at the summit.",
        profileUrl: "linkedin.com/in/maren",
        metOn: "2024-03-12",
        howWeMet: "LinkedIn",
        organizationName: "Harbourline Health",
      }),
    );
    expect(changed).toBe(true);
    expect(p).toMatchObject({
      name: "Maren Okafor",
      givenName: "Maren",
      familyName: "Okafor",
      title: "Head of Operations (typed by me)",
      emails: ["maren@home.example", "maren@harbourline.example"],
      phones: ["+1 902 555 0100", "+1 902 555 0199"],
      tags: ["mentor", "health"],
      notes: "Loves sailing.\n\nMet at the summit.",
      profileUrl: "https://linkedin.com/in/maren",
      metOn: "2024-03-12",
      howWeMet: "Alumni breakfast",
      organizationName: "Harbourline Health",
    });
    // The same contact again changes nothing (the note is already there).
    const again = contact({ line: 9, fullName: "Maren Okafor", notes: "Met at the summit." });
    expect(mergeContact(p, again)).toBe(false);
  });

  it("keeps the organization a person already has", () => {
    const p = person({ organizationId: "org-1", organizationName: "Old Employer" });
    mergeContact(p, contact({ line: 1, fullName: "Maren Okafor", organizationName: "New Co" }));
    expect(p.organizationName).toBe("Old Employer");
  });
});

describe("planImport", () => {
  it("matches by profile URL, then e-mail, then name and organization", () => {
    const byUrl = person({ profileUrl: "https://www.linkedin.com/in/maren-okafor/" });
    const byEmail = person({ name: "Teo V", emails: ["teo@example.com"] });
    const byName = person({ name: "Élodie Marchetti", organizationName: "Harbourline Health" });
    const plan = planImport(
      [byUrl, byEmail, byName],
      [
        contact({
          line: 2,
          fullName: "M. Okafor",
          profileUrl: "http://linkedin.com/in/Maren-Okafor",
        }),
        contact({ line: 3, fullName: "Teodor Vasquez", emails: ["TEO@example.com"] }),
        contact({
          line: 4,
          fullName: "elodie  marchetti",
          organizationName: "HARBOURLINE HEALTH",
          title: "Nurse",
        }),
        contact({ line: 5, fullName: "Élodie Marchetti", organizationName: "Another Org" }),
      ],
    );
    expect(plan.merged).toBe(3);
    expect(plan.creates.map((c) => c.name)).toEqual(["Élodie Marchetti"]);
    // Only a match that gained something is written back.
    expect(plan.updates).toEqual([byName]);
    expect(byName).toMatchObject({ title: "Nurse", changed: true });
  });

  it("merges duplicate rows of one file into one new person", () => {
    const plan = planImport(
      [],
      [
        contact({ line: 2, fullName: "Kenji Watanabe", emails: ["kenji@example.com"] }),
        contact({
          line: 3,
          fullName: "Kenji Watanabe",
          emails: ["KENJI@example.com"],
          phones: ["+1 416 555 0123"],
        }),
        contact({ line: 4, fullName: "" }),
      ],
    );
    expect(plan.creates).toHaveLength(1);
    expect(plan.creates[0]).toMatchObject({ phones: ["+1 416 555 0123"], id: null });
    expect(plan.merged).toBe(1);
    expect(plan.skipped).toEqual([{ line: 4, reason: "no name (first, last or full name)" }]);
  });

  it("leaves people it matched but did not change out of the updates", () => {
    const p = person({ emails: ["maren@example.com"], title: "Director" });
    const plan = planImport(
      [p],
      [contact({ line: 2, fullName: "Maren Okafor", emails: ["maren@example.com"] })],
    );
    expect(plan).toMatchObject({ merged: 1, creates: [], updates: [] });
  });

  it("does not make colleagues one person because their cards list the employer's site", () => {
    const site = (line: number, fullName: string, profileUrl: string) =>
      contact({ line, fullName, profileUrl, organizationName: "Tessellate Labs" });
    const existing = [person({ name: "Aiko Sato", profileUrl: "https://tessellate.example" })];
    const plan = planImport(existing, [
      site(2, "Bruno Keller", "https://www.tessellate.example/"),
      site(3, "Chen Wei", "tessellate.example"),
      site(4, "Dana Obi", "https://tessellate.example/people/dana"),
      site(5, "D. Obi", "https://www.tessellate.example/people/dana/"),
    ]);
    // A page of the site is one person's: row 5 matches row 4 by it.
    expect(plan.creates.map((p) => [p.name, p.profileUrl])).toEqual([
      ["Bruno Keller", "https://www.tessellate.example/"],
      ["Chen Wei", "https://tessellate.example"],
      ["Dana Obi", "https://tessellate.example/people/dana"],
    ]);
    expect(plan.merged).toBe(1);
  });

  it("does not bring back a person the user deleted", () => {
    const gone = person({ emails: ["gone@example.com"], deleted: true });
    const plan = planImport(
      [gone],
      [contact({ line: 7, fullName: "Maren Okafor", emails: ["gone@example.com"] })],
    );
    expect(plan.creates).toEqual([]);
    expect(plan.skipped).toEqual([{ line: 7, reason: "matches Maren Okafor, whom you deleted" }]);
  });

  it("lists the first rows created and merged, a bounded sample however large the file", () => {
    const known = person({ emails: ["known@example.com"] });
    const rows = Array.from({ length: IMPORT_SAMPLE_ROWS + 20 }, (_, i) =>
      contact({ line: i + 2, fullName: `Person ${i}`, emails: [`p${i}@example.com`] }),
    );
    const again = (line: number) =>
      contact({ line, fullName: "Someone Else", emails: ["KNOWN@example.com"], tags: ["x"] });
    const plan = planImport([known], [...rows, again(500), again(501)]);
    expect(plan.creates).toHaveLength(IMPORT_SAMPLE_ROWS + 20);
    expect(plan.rows.created).toHaveLength(IMPORT_SAMPLE_ROWS);
    expect(plan.rows.created[0]).toEqual({
      line: 2,
      name: "Person 0",
      organization: null,
      title: null,
    });
    // Named after the person they merge into; the second row brings nothing new.
    expect(plan.rows.merged).toEqual([
      {
        line: 500,
        name: "Someone Else",
        organization: null,
        personId: known.id,
        personName: "Maren Okafor",
        changed: true,
      },
      {
        line: 501,
        name: "Someone Else",
        organization: null,
        personId: known.id,
        personName: "Maren Okafor",
        changed: false,
      },
    ]);
  });
});
