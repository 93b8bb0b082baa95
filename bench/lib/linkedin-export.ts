// A LinkedIn Connections.csv generator for the import benchmark (invented people).
// Names come from the same lists as the seeded data sets.
import { FIRST, SYLLABLES } from "../seed.ts";

const TITLES = [
  "Director of Operations",
  "Program Manager",
  "Software Engineer",
  "VP Marketing",
  "Head of Talent",
  "Data Analyst, Strategy",
  "Policy Advisor",
  "Product Manager",
  "Founder & CEO",
];
const KINDS = [
  "Health",
  "Bank",
  "Foundation",
  "Labs",
  "Energy",
  "Council",
  "Robotics",
  "Partners, Inc.",
  "Media",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A deterministic pseudo-random sequence (mulberry32): the same file on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A LinkedIn Connections.csv of `rows` rows as LinkedIn writes it: the Notes preamble,
 * quoted cells with commas, e-mails for one connection in ten, and 1 % of the rows
 * repeating an earlier connection (the merge must fold them in).
 */
export function linkedInExport(rows: number, seed = 7): string {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const word = () => {
    const w = pick(SYLLABLES) + pick(SYLLABLES) + (rnd() < 0.5 ? pick(SYLLABLES) : "");
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  // A network's connections cluster in a few thousand employers, some far more common.
  const companies = Array.from(
    { length: Math.max(10, Math.round(rows / 8)) },
    () => `${word()} ${pick(KINDS)}`,
  );
  const made: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (i % 100 === 99) {
      made.push(made[Math.floor(rnd() * made.length)]!);
      continue;
    }
    const first = pick(FIRST);
    const last = word();
    const slug = `${first}-${last}-${i.toString(36)}`
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "");
    const email = rnd() < 0.1 ? `${slug}@example.com` : "";
    const company = companies[Math.floor(rnd() ** 2 * companies.length)]!;
    const date = `${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${2012 + Math.floor(rnd() * 13)}`;
    made.push(
      [first, last, `https://www.linkedin.com/in/${slug}`, email, company, pick(TITLES), date]
        .map(quote)
        .join(","),
    );
  }
  return `${[...lines, ...made].join("\n")}\n`;
}
