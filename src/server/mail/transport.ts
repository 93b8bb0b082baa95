import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type { MailSettings } from "./settings.ts";

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
