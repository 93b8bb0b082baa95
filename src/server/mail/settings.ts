export class MailConfigError extends Error {}

export type MailSettings = { smtpUrl: string; from: string };

/** Checks SMTP_URL and MAIL_FROM at start-up, so a typo fails fast with a clear message. */
export function parseMailSettings(
  smtpUrl: string | undefined,
  from: string | undefined,
): MailSettings | null {
  if (!smtpUrl) return null;
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new MailConfigError(
      "SMTP_URL: not a URL (expected smtp://user:pass@host:587 or smtps://…)",
    );
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new MailConfigError(`SMTP_URL: protocol must be smtp: or smtps:, not ${url.protocol}`);
  }
  if (!url.hostname) throw new MailConfigError("SMTP_URL: the host is missing");
  if (!from || !/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from)) {
    throw new MailConfigError(
      "MAIL_FROM: set the sender address (e.g. Amara <amara@example.com>) when SMTP_URL is set",
    );
  }
  return { smtpUrl, from };
}
