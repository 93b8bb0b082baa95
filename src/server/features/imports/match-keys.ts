/**
 * Keys that decide whether an imported contact is someone already known. Each spelling of
 * the same thing must give the same key: http/https, www, a trailing slash, letter case,
 * accents and spacing do not make two people.
 */

/**
 * `https://www.LinkedIn.com/in/Maren-Okafor/?trk=x` → `linkedin.com/in/maren-okafor`.
 * A site's home page (`https://acme.example`) is no key: address books list an employer's
 * site as the contact's website, and everyone who works there would become one person.
 */
export function profileUrlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let v = url.trim();
  if (v.includes("%")) {
    try {
      v = decodeURI(v);
    } catch {
      // Keep the URL as written when it holds a stray %.
    }
  }
  const key = v
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\/|[?#].*$|\/+$/g, "")
    .replace(/^(www|[a-z]{2})\.(?=linkedin\.com\/)|^www\./, "")
    .replace(/\/+$/, "");
  return key.includes("/") ? key : null;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Lower-case, accents removed, punctuation as spaces, spaces collapsed. */
export function normalizeName(name: string | null | undefined): string {
  const v = name ?? "";
  // Most names are plain ASCII: the Unicode path (NFKD, \p classes) costs five times more.
  if (ASCII.test(v))
    return v
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return v
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Organization names match case-insensitively, as findOrCreateOrganization does. */
export const organizationKey = (name: string | null | undefined) =>
  (name ?? "").trim().toLowerCase();

/** Name plus organization: the last resort, when neither profile nor e-mail matched. */
export function nameKey(name: string, organizationName: string | null | undefined): string | null {
  const n = normalizeName(name);
  return n ? `${n}|${normalizeName(organizationName)}` : null;
}
