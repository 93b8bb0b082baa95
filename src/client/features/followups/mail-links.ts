/**
 * A `mailto:` link that opens the draft in the user's own mail program, for when the server
 * cannot send (no SMTP). Line breaks become CRLF, as RFC 6068 asks.
 */
export function mailtoHref(to: string | null, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  const address = to ? encodeURIComponent(to).replace(/%40/g, "@") : "";
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** The server's .eml rendering of a follow-up's saved draft. */
export function emlHref(followUpId: string): string {
  return `/api/followups/${encodeURIComponent(followUpId)}/eml`;
}
