import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer/index.js";

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

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
};

export type MailTransport = { send: (mail: OutgoingMail) => Promise<void>; close: () => void };

/** A nodemailer SMTP transport; the Message-ID is ours, fixed per message. */
export function smtpTransport(settings: MailSettings): MailTransport {
  const transporter = nodemailer.createTransport(settings.smtpUrl);
  return {
    send: async (mail) => {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

/** The message as an RFC 5322 `.eml` file, for sending from one's own mail program. */
export async function buildEml(
  mail: Omit<OutgoingMail, "from"> & { from?: string },
): Promise<Buffer> {
  const composer = new MailComposer({ ...mail, from: mail.from ?? "me@localhost" });
  return composer.compile().build();
}
