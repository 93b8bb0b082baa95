import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type Received = { messageId: string; to: string[]; subject: string; raw: string };

/**
 * A real SMTP server on loopback for tests. A message counts as delivered only when the
 * server answers 250 to its DATA, as in SMTP itself. `reject` makes the next deliveries fail
 * with a 550; `hold` keeps the next DATA unanswered (to kill the sender mid-send).
 */
export async function startTestSmtp() {
  const received: Received[] = [];
  const state = { reject: 0, hold: 0, held: [] as Array<() => void> };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        if (state.reject > 0) {
          state.reject -= 1;
          const error = Object.assign(new Error("Mailbox unavailable (test server refuses)"), {
            responseCode: 550,
          });
          return callback(error);
        }
        const accept = () => {
          received.push({
            messageId: raw.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1] ?? "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: raw.match(/^Subject:\s*(.*)$/im)?.[1]?.trim() ?? "",
            raw,
          });
          callback();
        };
        if (state.hold > 0) {
          state.hold -= 1;
          state.held.push(accept);
          return;
        }
        accept();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  ms = 20_000,
  what = "condition",
) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
