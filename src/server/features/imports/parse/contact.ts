import { z } from "zod";

/** One contact read from a file, normalized the same way whatever the format. */
export type ImportedContact = {
  /** The file line the contact starts on (1-based), for messages. */
  line: number;
  givenName: string | null;
  familyName: string | null;
  /** The display name; empty when the file gives none (the row is then skipped). */
  name: string;
  emails: string[];
  phones: string[];
  profileUrl: string | null;
  title: string | null;
  organizationName: string | null;
  /** `YYYY-MM-DD`. */
  metOn: string | null;
  notes: string | null;
  tags: string[];
  howWeMet: string | null;
  /** Why a nameless contact is skipped, when the format knows better than "no name". */
  skipReason?: string;
};

/** A file that cannot be imported at all: where, and why. Nothing is written. */
export class ParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

// The same bounds the people API enforces, so imported rows could have been typed by hand.
const LIMITS = { name: 300, part: 150, title: 300, org: 300, notes: 50_000, list: 20, tag: 50 };

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** A one-line text field: whitespace collapsed, bounded, null when empty. */
export function cleanLine(value: string | null | undefined, max = LIMITS.title): string | null {
  if (!value) return null;
  const v = collapse(value).slice(0, max);
  return v === "" ? null : v;
}

const EmailSchema = z.email();

/** Lower-cased, valid, distinct e-mail addresses (anything else in the cell is dropped). */
export function cleanEmails(values: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    for (const part of (raw ?? "").split(/[\s,;]+/)) {
      const email = part.replace(/^mailto:/i, "").toLowerCase();
      if (email && EmailSchema.safeParse(email).success) out.add(email);
    }
  }
  return [...out].slice(0, LIMITS.list);
}

/** Digits (and a leading +) of a phone number: two spellings of one number compare equal. */
export const phoneKey = (phone: string) => phone.replace(/(?!^\+)[^\d]/g, "");

/**
 * vCard 4.0 writes phones as tel: URIs (RFC 3966): `tel:+1-555-555-0150;ext=102` is shown
 * as `+1-555-555-0150 ext. 102`; other URI parameters (phone-context…) are dropped.
 */
function telUriToText(value: string): string {
  if (!/^tel:/i.test(value.trim())) return value;
  const [number = "", ...params] = value.trim().slice(4).split(";");
  const ext = params.find((p) => /^ext=/i.test(p))?.slice(4);
  return ext ? `${number} ext. ${ext}` : number;
}

export function cleanPhones(values: Iterable<string | null | undefined>): string[] {
  const out = new Map<string, string>();
  for (const raw of values) {
    const phone = collapse(telUriToText(raw ?? "")).slice(0, 50);
    const key = phoneKey(phone);
    if (phone.length >= 3 && key.replace("+", "").length >= 3 && !out.has(key)) out.set(key, phone);
  }
  return [...out.values()].slice(0, LIMITS.list);
}

/** Lower-cased distinct tags, as the API stores them. */
export function cleanTags(values: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    const tag = collapse(raw ?? "")
      .toLowerCase()
      .slice(0, LIMITS.tag);
    if (tag) out.add(tag);
  }
  return [...out].slice(0, 50);
}

/**
 * Google's system groups (`* myContacts`, legacy `* Starred`…; vCards list `myContacts` in
 * CATEGORIES) mark every contact the same way and say nothing about the person. Starred is
 * the user's own choice and is kept, as the other labels.
 */
export const withoutSystemGroups = (labels: string[]) =>
  labels.map((l) => l.replace(/^\*\s*/, "")).filter((l) => l.toLowerCase() !== "mycontacts");

/** An http(s) URL; a bare `linkedin.com/in/…` gets https:// in front (as the API does). */
export function cleanUrl(value: string | null | undefined): string | null {
  const v = (value ?? "").trim();
  if (!v) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    return /^https?:$/.test(url.protocol) && withScheme.length <= 2000 ? withScheme : null;
  } catch {
    return null;
  }
}

export function cleanNotes(value: string | null | undefined): string | null {
  const v = (value ?? "").replace(/\r\n?/g, "\n").trim();
  return v ? v.slice(0, LIMITS.notes) : null;
}

/** Builds a contact from raw parts: names joined, every field cleaned. */
export function makeContact(parts: {
  line: number;
  givenName?: string | null;
  middleName?: string | null;
  familyName?: string | null;
  fullName?: string | null;
  emails?: Array<string | null | undefined>;
  phones?: Array<string | null | undefined>;
  profileUrl?: string | null;
  title?: string | null;
  organizationName?: string | null;
  metOn?: string | null;
  notes?: string | null;
  tags?: Array<string | null | undefined>;
  howWeMet?: string | null;
  skipReason?: string;
}): ImportedContact {
  const givenName = cleanLine(parts.givenName, LIMITS.part);
  const familyName = cleanLine(parts.familyName, LIMITS.part);
  const joined = [givenName, cleanLine(parts.middleName, LIMITS.part), familyName]
    .filter(Boolean)
    .join(" ");
  return {
    line: parts.line,
    givenName,
    familyName,
    name: cleanLine(parts.fullName, LIMITS.name) ?? cleanLine(joined, LIMITS.name) ?? "",
    emails: cleanEmails(parts.emails ?? []),
    phones: cleanPhones(parts.phones ?? []),
    profileUrl: cleanUrl(parts.profileUrl),
    title: cleanLine(parts.title, LIMITS.title),
    organizationName: cleanLine(parts.organizationName, LIMITS.org),
    metOn: parts.metOn ?? null,
    notes: cleanNotes(parts.notes),
    tags: cleanTags(parts.tags ?? []),
    howWeMet: cleanLine(parts.howWeMet, 2000),
    ...(parts.skipReason ? { skipReason: parts.skipReason } : {}),
  };
}
