/**
 * British → American spellings, so one set of patterns covers both (robustness rule of the
 * method engine: users write "organisation", "centre", "programme").
 */
const WHOLE_WORDS: Readonly<Record<string, string>> = {
  centre: "center",
  centres: "centers",
  colour: "color",
  favour: "favor",
  favourite: "favorite",
  behaviour: "behavior",
  honour: "honor",
  labour: "labor",
  programme: "program",
  programmes: "programs",
  licence: "license",
  defence: "defense",
  offence: "offense",
  catalogue: "catalog",
  analyse: "analyze",
  analysed: "analyzed",
  analysing: "analyzing",
  enrol: "enroll",
  enrolled: "enrolled",
  travelled: "traveled",
  travelling: "traveling",
  cheque: "check",
  grey: "gray",
  mum: "mom",
  whilst: "while",
  amongst: "among",
  learnt: "learned",
  cv: "cv",
  "curriculum vitae": "cv",
  résumé: "resume",
  résumés: "resumes",
  organisation: "organization",
  organisations: "organizations",
  organisational: "organizational",
};

// -ise/-isation verbs and nouns: the stem list keeps "rise", "wise", "exercise" etc. intact.
const ISE_STEMS =
  /^(organ|recogn|special|priorit|util|optim|real|summar|emphas|categor|capital|maxim|minim|standard|visual|modern|digit|central|decentral|global|custom|final|author|critic|apolog|familiar|formal|harmon|incentiv|industrial|internal|legal|local|mobil|monet|normal|personal|popular|regular|stabil|stigmat|subsid|synchron|character|commercial|democrat|energ|human|ideal|individual|institution|memor|motor|neutral|penal|polar|privat|professional|rational|sanit|scrutin|sympath|terror|theor|vocal|jeopard|evangel|revolution|computer|digital|util|hospital|mesmer|capsul|galvan|hypothes)is(e|ed|es|ing|ation|ations|ational|er|ers)$/;

/** Converts one lower-case word to its American spelling when we know it. */
export function americanize(word: string): string {
  const whole = WHOLE_WORDS[word];
  if (whole !== undefined) return whole;
  if (ISE_STEMS.test(word)) return word.replace(ISE_STEMS, "$1iz$2");
  return word;
}
