import { ParseError } from "./contact.ts";
import { assertTextFile } from "./decode.ts";

/** One content line of a vCard after unfolding and decoding, with the line it starts on. */
export type VcardLine = {
  line: number;
  group: string | null;
  /** Upper-cased property name, e.g. `EMAIL`. */
  name: string;
  /** Parameters other than CHARSET and ENCODING, as `NAME=value` (2.1 bare types → TYPE). */
  params: string[];
  /** The value as Unicode text, still vCard-escaped unless `decoded`. */
  value: string;
  /** True when the value came out of quoted-printable: it is plain text, not escaped. */
  decoded: boolean;
};

export type VcardCard = { line: number; version: string; lines: VcardLine[] };

/** Splits at `sep` outside double quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === sep && !quoted) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** Quoted-printable (RFC 2045) to bytes; soft line breaks were already joined. */
function decodeQuotedPrintable(latin1: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < latin1.length; i++) {
    const c = latin1[i]!;
    const hex = latin1.slice(i + 1, i + 3);
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (c !== "=") bytes.push(c.charCodeAt(0));
  }
  return Uint8Array.from(bytes);
}

// Windows-1252's 0x80–0x9F (Node's TextDecoder decodes them as C1 controls, like latin-1).
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes)
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function decodeBytes(bytes: Uint8Array, charset: string, line: number): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new ParseError(line, `unknown character set "${charset}"`);
  }
  // The WHATWG label table maps latin-1, ASCII and cp1252 all to windows-1252.
  if (decoder.encoding === "windows-1252") return decodeWindows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ParseError(
      line,
      charset.toLowerCase().replace("-", "") === "utf8"
        ? "not valid UTF-8: save the file as UTF-8, or declare its CHARSET"
        : `not valid ${charset} text`,
    );
  }
}

const BINARY = /^(PHOTO|LOGO|SOUND|KEY)$/;

/**
 * Parses one unfolded content line (as latin-1, one char per byte). Values are decoded
 * with the line's own CHARSET (vCard 2.1 declares it per property; default UTF-8) and
 * quoted-printable is undone here, because ical.js reads neither.
 */
function parseContentLine(raw: string, line: number): VcardLine | null {
  const parts = splitOutsideQuotes(raw, ":");
  if (parts.length < 2) throw new ParseError(line, "a vCard line needs NAME:value");
  const head = parts[0]!;
  const rawValue = parts.slice(1).join(":");
  const [nameWithGroup, ...rawParams] = splitOutsideQuotes(head, ";");
  const dot = nameWithGroup!.lastIndexOf(".");
  const name = nameWithGroup!.slice(dot + 1).toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) throw new ParseError(line, `"${name}" is not a vCard property`);
  let charset = "utf-8";
  let encoding = "";
  const params: string[] = [];
  for (const p of rawParams) {
    const eq = p.indexOf("=");
    const key = (eq === -1 ? "" : p.slice(0, eq)).toUpperCase();
    const val = eq === -1 ? p : p.slice(eq + 1);
    if (key === "CHARSET") charset = val.replace(/"/g, "");
    else if (key === "ENCODING" || (key === "" && /^(QUOTED-PRINTABLE|BASE64|B|8BIT)$/i.test(val)))
      encoding = val.toUpperCase();
    else if (key === "") params.push(`TYPE=${val}`);
    else params.push(`${key}=${val}`);
  }
  // Photos and other binaries are not kept: skipping them also spares decoding megabytes.
  if (BINARY.test(name) || encoding === "BASE64" || encoding === "B") return null;
  const bytes =
    encoding === "QUOTED-PRINTABLE"
      ? decodeQuotedPrintable(rawValue)
      : Uint8Array.from(rawValue, (ch) => ch.charCodeAt(0));
  return {
    line,
    group: dot === -1 ? null : nameWithGroup!.slice(0, dot),
    name,
    params,
    value: decodeBytes(bytes, charset, line),
    decoded: encoding === "QUOTED-PRINTABLE",
  };
}

/**
 * Splits a vCard file into cards of decoded content lines. Folded lines (a leading space or
 * tab) and quoted-printable soft breaks (a line ending in `=`) are joined first. A card that
 * is opened but never closed, text between cards, or a file with no card is refused.
 */
export function readVcardCards(bytes: Uint8Array): VcardCard[] {
  assertTextFile(bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/^\xEF\xBB\xBF/, "");
  // A lone CR (classic Mac OS) ends a line too.
  const physical = text.split(/\r\n|\r|\n/);
  const cards: VcardCard[] = [];
  let card: VcardCard | null = null;
  for (let i = 0; i < physical.length; ) {
    const line = i + 1;
    let raw = physical[i]!;
    i++;
    const qp = () => /^[^:]*ENCODING=QUOTED-PRINTABLE|^[^:]*;QUOTED-PRINTABLE/i.test(raw);
    // vCard 2.1 writers (Outlook) may continue base64 without the folding space.
    const base64 = /^[^:]*(ENCODING=(BASE64|B)\b|;BASE64\b)/i.test(raw);
    for (;;) {
      const next = physical[i];
      if (next === undefined) break;
      if (raw.endsWith("=") && qp()) raw = raw.slice(0, -1) + next;
      else if (next.startsWith(" ") || next.startsWith("\t")) raw += next.slice(1);
      else if (base64 && /^[A-Za-z0-9+/=]+$/.test(next.trim())) raw += next.trim();
      else break;
      i++;
    }
    if (raw.trim() === "") continue;
    const upper = raw.trim().toUpperCase();
    if (upper === "BEGIN:VCARD") {
      if (card) {
        throw new ParseError(
          line,
          `BEGIN:VCARD inside the card that starts on line ${card.line}: that card has no END:VCARD`,
        );
      }
      card = { line, version: "3.0", lines: [] };
    } else if (upper === "END:VCARD") {
      if (!card) throw new ParseError(line, "END:VCARD without BEGIN:VCARD");
      cards.push(card);
      card = null;
    } else if (!card) {
      throw new ParseError(line, "text outside BEGIN:VCARD … END:VCARD: this is not a vCard file");
    } else {
      const parsed = parseContentLine(raw, line);
      if (parsed?.name === "VERSION") card.version = parsed.value.trim();
      else if (parsed) card.lines.push(parsed);
    }
  }
  if (card) {
    throw new ParseError(
      card.line,
      "this vCard has BEGIN:VCARD but no END:VCARD: the file is cut short",
    );
  }
  if (cards.length === 0) throw new ParseError(1, "no vCard in this file (expected BEGIN:VCARD)");
  return cards;
}
