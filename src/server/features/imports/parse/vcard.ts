import ICAL from "ical.js";
import { type ImportedContact, makeContact, ParseError, withoutSystemGroups } from "./contact.ts";
import { readVcardCards, type VcardCard, type VcardLine } from "./vcard-lines.ts";

// Properties whose value is text, where a literal comma must be escaped once it has been
// decoded from quoted-printable or comes from vCard 2.1 (which does not escape commas).
const TEXT_PROPERTIES = new Set(["FN", "N", "ORG", "TITLE", "NOTE", "ROLE", "NICKNAME", "ADR"]);

/** One property back as a vCard 3.0/4.0 content line that ical.js can read. */
function contentLine(l: VcardLine, version: string): string {
  let value = l.value;
  if (l.decoded || version === "2.1") {
    value = value.replace(/\r\n|\r|\n/g, "\\n");
    if (TEXT_PROPERTIES.has(l.name)) value = value.replace(/(?<!\\),/g, "\\,");
  }
  const params = l.params.map((p) => `;${p}`).join("");
  return `${l.group ? `${l.group}.` : ""}${l.name}${params}:${value}`;
}

/** ical.js leaves `\;` in single text values (it unescapes it only in structured ones). */
const unescapeText = (s: string) => s.replace(/\\([;:])/g, "$1");

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(" ");
  return typeof value === "string" ? unescapeText(value).trim() : "";
}

/**
 * Why a card is not a person, if it is not: vCard 4.0's KIND (org, group, location), Apple's
 * group cards (X-ADDRESSBOOKSERVER-KIND, in iCloud exports) and Apple's company cards
 * (X-ABShowAs:COMPANY without a person's name). Their FN is a company or list name.
 */
function notAPerson(kind: string, appleCompany: boolean): string | undefined {
  const k = kind.trim().toLowerCase();
  if (appleCompany || k === "org") return "a company card, not a person";
  if (k === "group") return "a group card (a list of contacts), not a person";
  if (k && k !== "individual") return `a card of kind "${k}", not a person`;
  return undefined;
}

function readCard(card: VcardCard): ImportedContact {
  const version = card.version === "2.1" ? "3.0" : card.version === "4.0" ? "4.0" : "3.0";
  const body = card.lines.map((l) => contentLine(l, card.version)).join("\r\n");
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(
      ICAL.parse(`BEGIN:VCARD\r\nVERSION:${version}\r\n${body}\r\nEND:VCARD\r\n`),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ParseError(card.line, `this vCard cannot be read: ${reason}`);
  }
  const props = (name: string) => component.getAllProperties(name);
  const values = (name: string) => props(name).flatMap((p) => p.getValues().map(text));
  const first = (name: string) => values(name)[0] ?? "";
  // Apple groups a value with its label: item1.URL + item1.X-ABLabel:LinkedIn.
  const labels = new Map<string, string>();
  for (const p of props("x-ablabel")) {
    const group = p.getParameter("group");
    if (typeof group === "string") labels.set(group, text(p.getFirstValue()));
  }
  const urls = props("url").map((p) => {
    const group = p.getParameter("group");
    return {
      url: text(p.getFirstValue()),
      label: `${typeof group === "string" ? (labels.get(group) ?? "") : ""} ${String(p.getParameter("type") ?? "")}`,
    };
  });
  const social = props("x-socialprofile")
    .filter((p) => /linkedin/i.test(String(p.getParameter("type") ?? "")))
    .map((p) => ({ url: text(p.getFirstValue()), label: "linkedin" }));
  const profile =
    [...social, ...urls].find((u) => /linkedin/i.test(u.label) || /linkedin\.com\//i.test(u.url)) ??
    urls[0];
  const n = props("n")[0]?.getFirstValue();
  const parts = Array.isArray(n) ? n.map(text) : [text(n)];
  const [family = "", given = "", middle = ""] = parts;
  const org = props("org")[0]?.getFirstValue();
  const skipReason = notAPerson(
    first("kind") || first("x-addressbookserver-kind"),
    /company/i.test(first("x-abshowas")) && !given && !family,
  );
  return makeContact({
    line: card.line,
    // A skipped card keeps no name: a nameless contact is what the import skips.
    givenName: skipReason ? null : given,
    middleName: skipReason ? null : middle,
    familyName: skipReason ? null : family,
    fullName: skipReason ? null : first("fn"),
    emails: values("email"),
    phones: values("tel"),
    profileUrl: profile?.url ?? null,
    organizationName: Array.isArray(org) ? text(org[0]) : text(org),
    title: first("title"),
    notes: values("note").join("\n\n"),
    tags: withoutSystemGroups(values("categories")),
    ...(skipReason ? { skipReason } : {}),
  });
}

/**
 * Reads vCard 2.1 (Outlook: CHARSET per property, quoted-printable with soft breaks),
 * 3.0 (Apple, Google: grouped properties, folded lines, base64 photos) and 4.0 (RFC 6350).
 * Lines are split, unfolded and decoded here; each card is then parsed by ical.js. Bytes
 * are taken as they are so that each property can declare its own character set.
 */
export function parseVcards(input: string | Uint8Array): ImportedContact[] {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  return readVcardCards(bytes).map(readCard);
}
