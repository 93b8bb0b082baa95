import { find, has, words } from "../text/analyze.ts";
import { firstHit, type Hit, negatedAt, type Sentence, wholeSentence } from "./sentences.ts";

// A5: evidence of research — something specific the speaker read, saw or heard.
const RESEARCH = words(
  "(?:you|your ~2[a-z]+) (?:have |has )?(?:just |recently )(?:opened|reopened|launched|relaunched|acquired|announced|expanded|released|published|won|moved|merged|started|hired|partnered|rebranded|renovated|restored|unveiled|completed|finished|introduced|signed|secured|received)|i know (?:that )?you (?:have|are|recently|just)|i (?:have been|was|am|had been) (?:reading|following|studying|researching|tracking|watching|looking into|listening to|digging into|reviewing)|i (?:have |also |recently |just )?(?:followed|used|noticed|seen|read|downloaded|attended|watched|listened to) (?:your|the|their|its|from|on|in|that|a piece|an article|a report|a story|an interview|a profile|a feature|a case study)|i (?:have |had )?(?:done|taken|been on|gone on|joined) ~3(?:tours?|open days?|open evenings?|site visits?|workshops?|webinars?|info sessions?|information sessions?)|i (?:know|heard|learned|found out) from (?:a|my|an) ~3(?:friend|colleague|contact|cousin|sister|brother|neighbor|former|classmate|mentor|volunteer|employee)|i (?:also |recently |just |even |actually )?(?:read|have read|was reading|saw|counted|compared|tallied|have seen|noticed|learned|came across|watched|listened to|heard|followed|have been following|looked at|looked into|went through|researched|attended|reviewed|spoke with|talked to|talked with|spoke to|met with|dug into|downloaded|went to your)|your (?:(?:19|20)[0-9][0-9] |latest |recent |last |new )?(?:paper|study|report|talk|article|podcast|book|open source|package|library|dataset)|your (?:annual report|website|blog|podcast|newsletter|strategic plan|recent|latest|new|ceo|founder|report|press release|launch|announcement|case study|case studies|impact report|paper|research|study|interview|talk|article|post|expansion|acquisition|merger|campaign|partnership|investor)|according to|you (?:signed|acquired|launched|released|published|won|were (?:one of )?the first)|(?:you|it|they) (?:are|is) (?:the|one of the) (?:biggest|largest|only|first|oldest|fastest growing|second largest|third largest|main|leading) ~3(?:producer|producers|maker|makers|provider|providers|employer|employers|operator|operators|manufacturer|manufacturers|supplier|suppliers|publisher|publishers|exporter|exporters|retailer|retailers|distributor|distributors|developer|developers) (?:of|in|for)|you (?:have|are building|are opening|opened|built) (?:the|a) new [a-z]+ (?:in|at|near|that|which)|(?:opens|opening|launches|launching|starts|due) (?:next|later this) (?:year|month|spring|summer|fall|autumn|winter)|i (?:spoke|talked|chatted|met|had (?:a )?(?:coffee|chat|call|conversation|drink|lunch)) ~4(?:with|to) (?:[a-z]+ ){0,2}(?:who|from|at|in|on|,)|(?:told|showed|explained to|mentioned to|walked) me (?:that|how|about|through|you|your|the|they|it|its|their|he|she)|(?<!(?:i|we) )(?:mentioned|said|explained|confirmed) (?:to me )?that (?:the|your|you|they|it|its|their)|from what i (?:have )?(?:read|seen|heard|learned|understand)|(?:earlier|last) this (?:year|month)|[0-9]+ (?:percent|%|million|billion|stores|clinics|countries|employees|members|locations|offices|hospitals|schools)|recently (?:announced|launched|opened|expanded|acquired|released|published|won|partnered|moved|merged|hired|started)|(?:announced|launched|opened|expanded|acquired|released|published) (?:last|this|in|earlier)",
);

// A5: the interest tied to the speaker's own goals or strengths.
const TIED = words(
  "my (?:long term |career |ultimate |main )?goals?|career goals?|i (?:want|would like|hope|aim|plan) to (?:build|grow|become|develop|move|get into|specialize|deepen|lead|transition|pivot|use|apply|bring|focus)|i (?:want|would like|hope|plan) to ~5(?:eventually|long term|one day|someday|in the long run|in the future)|my (?:strongest|best|main|biggest|key|greatest) (?:skill|skills|strength|asset)|my (?:[a-z]+ )?(?:background|experience|training) (?:is|was) (?:in|as|at)|next (?:part|stage|chapter|phase) of my career|(?:fits?|aligns?|aligned|matches|connects|ties) (?:with |to |in with )?~3(?:my|what i)|my (?:[a-z]+ )?(?:background|experience|strengths?|skills?|training|expertise|years) (?:in|as|at|with|building|leading|running|managing|would|will|could|can|fit|fits|match|matches|transfer)|(?:skills|experience|background|strengths) ~2(?:useful|valuable|helpful|an asset|a good fit|a fit|relevant)|i have (?:spent|worked|built|led|managed|run|been (?:working|doing|building|leading))|(?:years|decade) (?:of|in|as|doing) ~3(?:experience|work)|i am (?:already |really |pretty |quite |very )?(?:good|strong|skilled|experienced|quick|fast|comfortable|confident) (?:at|in|with|on)|(?:that|this) is (?:my|the) (?:main |big |long term |career )?goal|play to my|build on (?:my|what)|draw on my|put my|use my|apply my|where i want to (?:go|be|end up)|next step in my|my strength|i (?:can|could|would) bring|i bring|i am (?:a|an) ~2(?:analyst|engineer|designer|nurse|manager|accountant|developer|teacher|marketer|researcher) (?:who|with|by)",
);

// Having looked at the website or a profile is no evidence by itself: what was learned is.
const VISIT = new RegExp(
  words(
    "(?:i (?:have )?(?:looked at|looked on|looked through|had a look at|had a look through|took a look at|visited|checked|checked out|went to|gone to|went through|gone through|read through|skimmed|browsed|scrolled through|saw|seen|been on)|your) ~4(?:website|web site|site|linkedin|page|pages|instagram|social media|profile|posts)(?! (?:that|where|how|what|which|about|says|said|mentions|shows|lists))",
  ).source,
  "g",
);

// Notes dropped the "I": "Read the GDC postmortem on your lighting system."
const TERSE_RESEARCH =
  /^ (?:read|saw|watched|played|followed|listened to|attended|studied|went through) (?:the|your|every|all|a|an|most|each) /;

// What was "learned" may be only the organization's self-description ("you are a leader in
// sustainable packaging and really care about the planet") or the speaker's own taste ("I saw
// your games, they are very beautiful"): no fact, so no research (A5).
const SELF_PRAISE = words(
  "(?:a|the) (?:leader|leading [a-z]+|pioneer|world leader|market leader) in|(?:really |truly |deeply |genuinely )?(?:care|cares) (?:about|for)|passionate about|committed to|dedicated to|great content|(?:very |really |so )?(?:interesting|innovative|modern|exciting|inspiring|impressive|beautiful|amazing|awesome|cool|nice|wonderful|lovely|stunning|gorgeous|fantastic)|i (?:really |also )?(?:like|love|liked|loved) (?:the|your|their|its|it|them)",
);
// "I've read pretty much everything I could find", "following your work": reading claimed
// with nothing read named or learned is no evidence (A5, decision 0010).
const VAGUE = words(
  "(?:read|seen|watched|followed|following|looked at|gone through|went through) ~3(?:everything|anything|all of it|it all|a lot|lots|loads|plenty|a bunch|your work|your stuff|what you do)|the more i (?:read|saw|looked|learned|heard|found)|(?:done|did|doing) (?:a lot of|lots of|loads of|plenty of|some|my|a bit of|extensive|a ton of|so much|a fair bit of) (?:research|homework|reading|digging)|like what i (?:have )?(?:seen|read|heard|found)",
);
// A checkable fact: a number, a year, a name or something that happened.
const FACT = words(
  "[0-9][0-9,.%]*|(?:opened|launched|acquired|announced|expanded|released|published|won|merged|partnered|moved|hired|started|closed|raised|introduced|signed)",
);

function specificResearch(s: Sentence) {
  if (TERSE_RESEARCH.test(s.a.surface)) return wholeSentence(s);
  const span = find(s.a, RESEARCH);
  // "I'm not going to pretend I've read up on it": research denied is missing (A5).
  // The denial may sit a few words back: "I haven't had a chance to read your report yet".
  if (!span || negatedAt(s, span, 6)) return null;
  const named = s.a.tokens.some((t, i) => i > 0 && t.cap && t.norm !== "i");
  if ((has(s.a, SELF_PRAISE) || has(s.a, VAGUE)) && !has(s.a, FACT) && !named) return null;
  return RESEARCH.test(s.a.surface.replace(VISIT, " ")) ? span : null;
}

/** A5 elements found in a "why are you interested?" answer. */
export function whyElements(sentences: readonly Sentence[]): Record<string, Hit | null> {
  return {
    research: firstHit(sentences, specificResearch),
    "tied-to-goals-or-strengths": firstHit(sentences, (s) => find(s.a, TIED)),
  };
}
