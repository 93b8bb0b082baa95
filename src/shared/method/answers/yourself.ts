import { type Analyzed, analyze, find, has, type Span, words } from "../text/analyze.ts";
import { firstHit, type Hit, negatedAt, type Sentence, wholeSentence } from "./sentences.ts";

// A1, birthplace: where the speaker was born or grew up — not where they live or work now.
// The subject may be dropped in speech after a comma ("I'm nineteen, grew up in Toowoomba"),
// but someone else's childhood ("my kids grew up in…") is not the speaker's.
const BIRTH = words(
  "i (?:was|am) ~2born|(?<=(?:^|,|and|-|so) )born (?:in|on|at|near|outside)|born and (?:raised|bred)|(?:(?:i|we) ~1|(?<=(?:^|,|and|-|so|then) ))grew up (?:in|on|near|outside|around|between|just|by|along|across|mostly|mainly|partly|first|in the|on the)|native (?:place|town|village|city|country|land) (?:is|was)|where i grew up|grew up there|originally from|originally hail|(?:kid|girl|boy|lad|lass|native) ~1(?:originally|born and (?:raised|bred))|i (?:come|hail) from|(?:i am|i was) from|my (?:home ?town|hometown|birthplace|home country|country of origin)|native of|i was raised|raised in|spent my (?:childhood|early years|early childhood|teens|teenage years) (?:in|on)|(?:moved|came|emigrated|immigrated|relocated) ~6from ~5when i was",
);
// "I'm from the marketing side" is not a place.
const FROM_NOT_PLACE = words(
  "(?:i am|i was|i come) from (?:a|an|the) ~3(?:background|side|team|department|family of|world of|career|industry|field|profession|company|firm)",
);

const WORK_OR_TEACH =
  "(?:teach|taught|teaching|lecture|lectured|lecturing|coach|coached|coaching|recruit|recruited|recruiting|work|worked|working|employed|job|hire|hired|hiring|volunteer|staff)";

// A1, education: the speaker's own schooling — not training at work, not a job at a school.
// Degrees may be abbreviated ("a BA in…") and a student may name the class year ("a senior
// in mining engineering").
const EDUCATION = words(
  "(?:studied|majored|minored|am studying|was studying|read)(?! (?:the|how|what|why|their|our|it|this|that|those|these|her|his|every|each|a lot|hard|closely|under|up|about|through|your|my|online|an|a ))(?= (?:[a-z]+ ){1,3}(?:at|in|and|from|,|\\.))|i ~2(?:studied|majored|minored|am studying|was studying)(?! (?:the|how|what|why|their|our|it|this|that|those|these|her|his|every|each|a lot|hard|closely|under))|i ~2graduated (?:from|in|with|last|this|top|summa|magna|cum|high|university|college)|graduate of|alumn(?:us|a|i|ae)|(?:bachelor|master|associate|doctoral|honours|honors) (?:degree|of|in|program|programme|student|thesis)|(?:my|a|an|the|his) (?:bachelor|master)(?! electrician| plumber| carpenter| craftsman| chef| class| plan| list| key| copy| data| schedule)|(?:finished|completed|did|left|sat|passed|matriculated (?:from|after)) (?:my )?(?:year|grade|form) (?:1[0-3]|ten|eleven|twelve|thirteen|six)|(?:year|grade) (?:12|twelve|13|thirteen) (?:at|in)|(?:my|a|an|the) ~3(?:hnd|hnc|btec|nvq|cegep|degree|diploma|mba|phd|doctorate|bsc|msc|beng|meng|jd|llb|llm|bcl|bcom|bba|mph|mfa|bfa|ged|a levels|gcses|baccalaureate|pharmd|dpharm|mpharm|md|dvm|dds|dmd|dpt|psyd|edd|dnp|msn|msw|bsw|mdiv|mbbs|mbchb)(?! of)|(?:did|took|completed|finished) ~3(?:at|in) ~2(?:university|college|polytechnic|institute)|(?:went|go) to (?:a |the )?(?:comprehensive|grammar school|secondary|sixth form|boarding school|lycee|gymnasium)|(?:mba|phd|msc|bsc|meng|beng|llb|llm|bcom|mph|doctorate|degree|diploma)s? (?:from|at)|(?:went|go|going|headed) (?:back )?to ~3(?:school|college|university|uni|law school|business school|grad school|graduate school|high school|polytechnic|night school|trade school|boot ?camp)|(?:went|go|going) to [a-z]+ (?:university|college)|(?:in|at|during|through|after|finished|finishing|since) (?:high school|secondary school|university|college|uni|grad school|graduate school|law school|business school|sixth form|undergrad|nursing school|med school|medical school|trade school|night school)|i (?:am|was) (?:a|an) ~3(?:student|graduate|grad|undergrad|undergraduate|phd candidate|doctoral candidate)|i (?:am|was) (?:a|an) (?:freshman|sophomore|junior|senior|first year|second year|third year|fourth year|final year) (?:in|studying|majoring)|(?:a|an|my|the) (?:ba|ma|bs|ms|bsn|mres|mphil|pgce|bed|med|msw|msn|bsw) (?:in|from|at|degree)|in (?:my |the )?(?:first|second|third|fourth|final|last|senior|junior|sophomore|freshman) year (?:of|at)|my ~2studies|(?:did|completed|finished|earned|hold|got|received|obtained|am doing|am completing|am pursuing|pursued|enrolled in|started) (?:a|an|my|the) ~6(?:degree|diploma|(?:bachelor|master)(?= (?:degree|degrees|of|in|at|from|program|programme|,|\\.|and|with|;))|mba|phd|apprenticeship|boot ?camp|certificate program|doctorate)|(?:my|an) apprenticeship|my (?:undergrad|undergraduate|postgrad|postgraduate|masters|graduate studies)|(?:course|courses|program|programme|certificate|qualification|diploma) (?:at|from) (?:the |a |my )?~3(?:college|university|polytechnic|institute|academy)|trade school|night school|student (?:loans|exchange|years|days)|(?:did|completed|finished) my (?:training|studies) at|trained at (?:the )?~4(?:school|college|academy|conservatory|conservatoire|institute|university)|my (?:studies|thesis|dissertation|coursework|program at)|(?:did|completed|finished|enrolled in|took|graduated from) (?:a|an|the|my) ~4(?:program|programme) (?:at|with|from|in)",
);
// "I went to Ohio State for accounting": a school named only by its name, with a subject.
const FIELD_OF_STUDY =
  "(?:accounting|engineering|nursing|law|medicine|economics|business|finance|history|biology|chemistry|physics|computer science|psychology|marketing|design|art|arts|music|architecture|math|maths|mathematics|english|political science|politics|education|philosophy|journalism|sociology|statistics|geography|pharmacy|commerce|management|kinesiology|linguistics|anthropology|film|theater|theatre|drama|graphic design|fine art|agriculture|forestry|social work|public health|dentistry)";
const SCHOOL_BY_NAME = words(
  `(?:completed|did|have|hold|got|earned|finished|obtained|doing) (?:my |a |an |the )?(?:b|m) \\. ?(?:com|sc|a|ed|eng|tech|phil|pharm|arch|s)|i (?:did|read) (?:[a-z]+ )?${FIELD_OF_STUDY}(?: [a-z]+)? (?:at|in)|(?:went|go|going|headed) to ~4(?:for|to study|to do|studying) (?:a |my |an )?~2${FIELD_OF_STUDY}|i (?:attended|graduated from) ~4(?:for|in|with|studying|where)|(?:degree|diploma|major|majored|studies|studied) (?:in )?${FIELD_OF_STUDY}`,
);
const TEACHES_AT_SCHOOL = words(
  `${WORK_OR_TEACH} ~3(?:a |the |at a |at the |at |in )?(?:high school|school|college|university|campus)`,
);

// A1, extra-curricular: clubs, teams and student roles alongside school.
const SCHOOL_CONTEXT = words(
  "university|universities|college|school|uni|campus|varsity|intramural|student|students|classes|class|studies|undergrad|undergraduate|semester|faculty|dorm|residence|frosh|freshman|sophomore|(?:first|second|third|fourth|final|senior|junior) year|while i was there|while there|when i was there|moot|alumni",
);
const CARRY_OVER = words(
  "there|while|during|also|alongside|as well|at the same time|on the side|outside (?:of )?class",
);
const SCHOOL_ACTIVITY = words(
  "(?:research |study |student )?circles?|(?:fan)?zines?|(?:ran|started|set up|founded|co founded|launched) (?:a|an|our) ~2(?:zine|magazine|newsletter|podcast|blog|festival|night|show|paper|journal|society|club)|clubs?|society|societies|associations?|(?:student|students|debating|athletic) union|union (?:president|officer|executive|council|committee|rep|representative)|team|teams|squad|varsity|intramural|moot|debat[a-z]*|model un|student government|council|executive(?! (?:chef|director|assistant|officer|producer|search|coach|vice president))|committee|newspaper|magazine|radio|orchestra|band|choir|chorale|choral|ensemble|a cappella|glee club|theater|theatre|drama|musical|yearbook|fraternity|sorority|hackathons?|competitions?|tournaments?|competitively|captain|president|vice president|vp|treasurer|secretary|editor|volunteer[a-z]*|played|rowed|rowing|competed|helped (?:run|organize|start|found|lead)|ran the|organized the|founded the|started the|co founded|gallery|tutor|tutored|tutoring|mentored|ambassador|member of|involved (?:in|with)|athletics|sports?|rugby|soccer|football|basketball|hockey|baseball|cricket|volleyball|tennis|frisbee|track (?:and field|team|club|meets?)|(?:ran|run|running|did|on the) track|cross country|swim team|ran for",
);
const WORK_CONTEXT = words(
  "part of my ~2(?:job|role|work)|at work|for work|our company|my company|my employer|our employer|company s|staff engagement|my team at|my colleagues|our clients|my clients|my manager|my boss|on the job",
);

// A1, personal detail: another side of the speaker, outside school and work.
const PERSONAL_OVERRIDE = words(
  "on a personal note|personally speaking|outside (?:of )?(?:all )?(?:that|this|work|the office|my job|my studies|school|class|classes|the classroom|college|university|uni|campus|lectures|my course|my degree)|outside (?:of )?(?:the )?(?:science|research|the lab|lab|medicine|law|teaching|nursing|engineering|studio|kitchen|day job|my day job|coding|the job|the hospital|the farm|the ship|the boat)|in my (?:spare|free|own) time|away from work|after work|off the clock|when i am not (?:at work|working|on site|on shift|in the office|at the office|teaching|coding|[a-z]+ing|on (?:a |the )?[a-z]+)",
);
const PERSONAL = words(
  "trustee|food bank|(?:sit|serve|served|sat) on the board of|school governor|governor (?:of|at) (?:a|my|the) (?:local )?school|on (?:the )?weekends?|weekends|evenings?|every evening|saturdays?|sundays?|saturday|sunday|mornings|for fun|hobby|hobbies|passion|passionate about|i (?:really )?(?:love|enjoy|adore) (?:to )?(?!working|my job|my work|the work|that|this|it|them|what i do|most|about)[a-z]+|i am (?:really |very |also |a big |a huge |an avid |a keen |a serious |a passionate |an amateur )?(?:into|fan of|avid|keen(?! to)|amateur)|volunteer[a-z]*|i coach|coaching (?:a|my|the)? ?(?:youth|kids|little league|junior|under|soccer|hockey|basketball|baseball|football|swim)|(?:stepped away|stepped back|took (?:[a-z]+ ){0,3}(?:off|out)|stayed home|stopped working) to (?:raise|look after|care for|be with|bring up)|(?:my|our) (?:two |three |four |five |twin |young |little )?(?:kids|children|daughters|sons|twins)|my (?:family|kids|children|wife|husband|partner|daughters?|sons?|boys|girls|twins|youngest|eldest|oldest|little ones?|bab(?:y|ies)|toddler|stepkids|stepchildren|dog|cat|grandkids|grandchildren)|(?:father|mother|dad|mom|parent) of|i am (?:a |an )?(?:proud )?(?:dad|mom|father|mother|parent|grandfather|grandmother|grandparent|stepdad|stepmom)|i have (?:a |an |two |three |four |twin |young |little |grown up )?~1(?:kids|children|daughters?|sons?|twins|girls|boys|grandchildren|grandkids)|(?:on|every) (?:a )?(?:monday|tuesday|wednesday|thursday|friday) (?:night|evening)s?|(?:play|played|playing) (?:the )?(?:pipes|bagpipes|fiddle|cello|flute|saxophone|sax|trumpet|trombone|ukulele|clarinet|accordion|harp|banjo|mandolin|organ|bass)|(?:pipe|brass|jazz|rock|wedding|covers|ceilidh|folk|community|local) band|pottery|painting|free ?div(?:e|es|ing|er)|scuba|diving|knitting|sewing|baking|gardening|garden|hiking|climbing|bouldering|runner|marathons?|triathlons?|cycling|cyclist|surfing|skiing|snowboarding|yoga|dancing|dancer|choir|singing|guitar|piano|violin|drums|chess|photography|book club|woodworking|carpentry|fishing|sailing|kayaking|canoeing|canoe trips?|paddling|camping|firefighter|scouts|church|mosque|synagogue|temple|league|crosswords|birding|birdwatching|beekeeping|homebrew|poetry|novel|improv|stand up comedy|rescue dogs?|foster",
);

// A1, career path. Also a job joined after a shared subject ("I came home and joined the
// institute") and a trade carried on "ever since".
const CAREER = words(
  "(?:(?:i|and|then) ~3)(?:work|worked|working) (?:as|at|for|in|with|full time|part time)|(?:started|began) (?:out |off )?(?:in|as) ~3(?:at|with|for)|moved (?:into|over to|across to) ~3(?:at|with|for(?! (?:uni|university|college|school|my studies|a degree|my degree|grad school)))|most recently ~4(?:at|with|for)|i (?:have|had) been (?:freelancing|self employed|contracting|consulting)|i (?:am|was) (?:a )?(?:freelance|freelancer|self employed)|(?:set up|started|run|ran) (?:on my own|my own (?:business|firm|company|practice|studio))|i (?:have|had) (?:been )?(?:working|worked)|my (?:first|current|previous|last) (?:job|role|position|employer) (?:was|is|as|at|out of)|i (?:started|began) (?:out|off|my career|working|as|at|in|on|with (?:a|an|the) ~3(?:outfit|company|firm|carrier|agency|crew|contractor|shop|practice|studio|bank|council|hospital|school|[a-z]+ (?:company|firm|outfit)))|i (?:became|was made|was appointed|got appointed) (?:a |an |the )?~3(?:manager|supervisor|lead|director|head|partner|foreman|engineer|analyst|officer|specialist|coordinator|associate)|my career|i (?:joined|moved to(?! ~3(?:for (?:university|college|uni|school|my studies|a degree|my degree|grad school|my masters|my master s)|to study|to attend))|switched to|transitioned|moved into|moved over|pivoted|was promoted|got promoted|was hired|got hired|landed)|promoted to|i (?:practised|practiced) (?:[a-z]+ )?(?:law|medicine|dentistry|architecture|accountancy|pharmacy|nursing|physiotherapy|optometry|veterinary medicine)|i (?:taught|nursed|lectured|farmed|consulted|freelanced|practised|practiced|cooked|drove|sailed|fished|flew|coded|sold) ~9for (?:about |nearly |almost |over |more than )?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several) (?:years|decades)|(?:spent|spend) ~3(?:years?|months?|summers?) (?:at|with|in|as|working|doing|on|building|running)|professionally|years of (?:experience|work)|experience (?:as|in) (?:a|an)|(?:before that|after that|then|later|next|since then),? i ~2(?:worked|was|spent|joined|moved|ran|managed|led|became|took)|(?:then|and then|followed by|after that|before that)(?: ,)? (?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several) (?:years?|months?|decades?) (?:on|at|with|in|as)(?! (?:school|college|university|uni|high school|grad school|law school)(?= ))|internships?|interned|apprenticeship ~2(?:with|at|for) (?:a|an|the|[a-z]+ (?:company|firm|outfit|contractor))|(?:as|am|was|been) (?:a|an) ~2apprentice(?! [a-z]+s)|(?:did|spent) ~2(?:years?|months?|seasons?|summers?) (?:on|as|with|for) (?:a|an|the|[a-z]+ (?:boats?|sites?|crews?|farms?|ships?|rigs?))|(?:had|did|held|took) (?:a|two|three|several) ~2(?:postdocs?|fellowships?|residencies|residency|contracts?|placements?)|i (?:run|ran|manage|managed|lead|led|oversee|oversaw|coordinate|coordinated) ~4(?:team|program|programme|department|projects?|operations|workshops|store|site|crew|clinic|unit|office|business|practice|restaurant)|i (?:am|have been|was|had been) (?:(?:a|an|the) )?~3(?:engineer|manager|coordinator|analyst|electrician|nurse|teacher|developer|designer|consultant|specialist|officer|clerk|foreman|accountant|lawyer|technician|director|associate|assistant|administrator|producer|writer|editor|planner|scientist|researcher|chef|pharmacist|therapist|social worker|case worker|caseworker|agent|representative|rep|advisor|adviser|architect|vice president|founder|owner|partner|paralegal|buyer|recruiter|strategist|marketer|supervisor|superintendent|estimator|surveyor|inspector|operator|mechanic|driver|pilot|programmer|physician|doctor|dentist|librarian|lecturer|professor|postdoc|instructor|economist|auditor|underwriter|actuary|curator|counselor|psychologist|translator|interpreter|midwife|journalist|reporter|photographer|entrepreneur|freelancer|contractor|carpenter|plumber|welder|paramedic|lead|head)(?! student)|i (?:am|have been) (?:currently |now )?(?:working|employed)|i (?:was|have been|had been) (?:at|with) (?!(?:school|college|university|uni|home|sea|church)(?= ))[a-z]+ ~3(?:for (?:about |nearly |almost |over |more than )?(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several) (?:years?|months?)|since)|(?:took|got|landed|found) (?:a|my first|a full time) (?:job|position|role|post) (?:as|at|with)|(?:been|have been|had been) (?:driving|nursing|teaching|cooking|welding|farming|fishing|building|selling|coding|designing|writing|editing|managing|working) (?:for )?(?:, what , )?(?:about |nearly |almost |over |more than )?(?:[0-9]+|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty) (?:years|yrs)|i (?:have|had) been in ~3(?:for|since)|(?:working|worked) my way up|working up to|(?:starting|started) (?:out )?as (?:a|an)|(?:most recently|currently|previously|formerly|later|now) as (?:a|an|the)|where i have been (?:for|since)|co op (?:terms?|jobs?|placements?|positions?|students?) (?:at|with|were)|i (?:am|was|have been|had been) (?:now |currently |then |later |also |still )?(?:a|an) ~2(?!student|member|fan|volunteer|part|mother|father|dad|mom|parent|native|graduate|grad|keen|serious|avid|big|huge|freshman|sophomore|junior|senior|first|second|third|fourth|final)[a-z]+ (?:for|at|with|in|on (?:a|an|the))(?! my (?:spare|free))|i (?:am|was) (?:now |currently )?(?:doing|running|managing|leading) ~4(?:for|at|with) (?:a|an|the|[a-z]+ (?:company|firm|agency|startup|bank))|i (?:have|had) ~1(?:cooked|taught|nursed|driven|sold|designed|built|managed|run|led|written|edited|worked|served|practiced|consulted|freelanced|recruited|programmed|coded|been teaching|been nursing|been designing|been building|been managing|been selling|been writing|been cooking|been driving|been coaching|been recruiting|been consulting) ~6(?:ever since|for (?:about |nearly |almost |over |more than |the (?:last|past) )?(?:[0-9]+|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty))|(?<= i [a-z]+ (?:[a-z]+ ){0,2})and (?:then )?(?:joined|started at|went to work|became) (?:the|a|an) ~4(?:institute|company|firm|agency|team|service|department|council|hospital|bank|practice|studio|office|lab|laboratory|ministry|authority|board|group|[a-z]+ (?:as|in))",
);
// "I haven't worked full-time yet": a career path denied is no career path (A1).
const NO_CAREER = words(
  "(?:have not|had not|never|not yet|do not have any|have no|with no) ~2(?:worked|had a (?:real |proper |full time )?job|been employed|held a job|work experience|job experience|professional experience)|no (?:work|job|professional) experience",
);
const NOT_YET = words(
  "i would like|i would love|i am interested|interested in|thinking about|want to|hoping to|hope to|considering|next step|planning to|trying to|figure out|whether|would be happier",
);

// A student's part-time job pays the rent; it is not yet a career path (A1).
const SIDE_JOB = words(
  "part time|summer jobs?|weekend jobs?|side jobs?|(?:pays|pay|paid) (?:the|my) (?:rent|bills|way)|since i was (?:a teenager|fourteen|fifteen|sixteen|seventeen|1[0-9])",
);

// "I'm a Brummie, through and through", "I'm a Glaswegian": a birthplace said as who one is.
const DEMONYM = /(?:ie|ian|an|ite|ese|ner|ker|ino|ina)$/;
const NOT_DEMONYM = new Set([
  "partner",
  "owner",
  "planner",
  "designer",
  "banker",
  "worker",
  "veteran",
  "librarian",
  "technician",
  "musician",
  "physician",
  "electrician",
  "politician",
  "historian",
  "guardian",
  "custodian",
  "pedestrian",
  "vegetarian",
  "vegan",
  "christian",
  "human",
  "woman",
  "man",
  "fan",
  "thinker",
  "maker",
  "speaker",
  "seeker",
  "broker",
  "marketer",
]);
function demonymIn(s: Sentence): Span | null {
  const t = s.a.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    if (t[i]!.norm !== "i" || t[i + 1]!.norm !== "am" || !["a", "an"].includes(t[i + 2]!.norm))
      continue;
    const noun = t[i + 3]!;
    if (noun.cap && DEMONYM.test(noun.norm) && !NOT_DEMONYM.has(noun.norm))
      return { from: i, to: i + 3 };
  }
  return null;
}

function hitIf(s: Sentence, ok: boolean, span: Span | null): Span | null {
  return ok ? (span ?? wholeSentence(s)) : null;
}

// A school the speaker teaches at, or their children's school, is no student life.
// A parents' association (PTA, PTO, parent council) is the school of the speaker's children.
const OTHERS_SCHOOL = words(
  `(?:their|his|her|my (?:kids|children|son|daughter|daughters|sons|kid)|our (?:kids|children)) ~1(?:school|college|university|class)|at my school|pta|pto|parent teacher|parents? (?:association|council|committee|board)|${WORK_OR_TEACH} ~4(?:high school|school|college|university|campus|students)(?! (?:[a-z]+ ){0,4}(?:branch|chapter|society|club|team|union|association|newspaper|radio)(?= ))`,
);

function schoolNames(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const s of sentences) {
    const span = educationIn(s);
    if (!span) continue;
    // Names close to the schooling ("a BA at Carleton"), not the countries around it.
    s.a.tokens.forEach((t, i) => {
      const near = i >= span.from - 2 && i <= span.to + 8;
      if (near && t.cap && i > 0 && t.norm !== "i" && t.norm.length > 2) names.add(t.norm);
    });
  }
  return names;
}

function isSchool(
  sentences: readonly Sentence[],
  s: Sentence,
  names = schoolNames(sentences),
): boolean {
  if (has(s.a, OTHERS_SCHOOL)) return false;
  if (has(s.a, SCHOOL_CONTEXT)) return true;
  if (s.a.tokens.some((t) => t.cap && names.has(t.norm)) && !educationIn(s)) return true;
  // "I studied at NIT Calicut and spent my evenings in the robotics club."
  if (educationIn(s) && has(s.a, SCHOOL_ACTIVITY_STRICT)) return true;
  const previous = sentences[s.index - 1];
  return (
    previous !== undefined &&
    educationIn(previous) !== null &&
    (has(s.a, CARRY_OVER) || has(s.a, SCHOOL_ACTIVITY_STRICT))
  );
}

// "I never studied formally": denied schooling, whatever certificate follows (A1, 0010).
const NEVER_STUDIED = words(
  "(?:did not|never|do not) (?:go|attend|finish|complete|graduate|get)|(?:never|have never|had never|did not|have not|had not) (?:formally )?(?:study|studied)(?! (?:hard|much|enough|properly|[a-z]+ (?:yet|before)))|dropped out|self taught",
);

// "I'm hoping to study nursing next year": schooling still to come is not schooling had (A1).
const FUTURE_STUDY = words(
  "(?:hoping|hope|plan|planning|going|want|would like|intend|intending|aim|aiming|applying|apply|a place|an offer|accepted) to (?:study|go to|attend|start|begin|enroll|do a|do an|read)",
);
const PAST_STUDY = words(
  "studied|graduated|finished|completed|i did|degree (?:from|in)|diploma (?:from|in)|i went",
);

function educationIn(s: Sentence): Span | null {
  const span = find(s.a, EDUCATION) ?? find(s.a, SCHOOL_BY_NAME);
  if (!span || has(s.a, NEVER_STUDIED)) return null;
  // "I don't have a degree", "without a formal degree": denied in its own clause (A1). The
  // rest of the sentence may still give it: "I haven't finished yet; I'm in my third year…".
  if (negatedAt(s, span)) {
    const rest = s.a.text.slice(s.a.tokens[span.to]?.end ?? s.a.text.length);
    return rest.trim() && educationIn({ index: s.index, a: analyze(rest) })
      ? wholeSentence(s)
      : null;
  }
  if (has(s.a, FUTURE_STUDY) && !has(s.a, PAST_STUDY)) return null;
  // "I teach at a high school" names a school, not the speaker's schooling.
  const strong = find(
    s.a,
    words("i ~2(?:studied|majored|graduated)|degree|diploma|bachelor|master|mba|phd|student"),
  );
  // Nor does their children's school: "I lead the reading program at my sons' school".
  return (has(s.a, TEACHES_AT_SCHOOL) || has(s.a, OTHERS_SCHOOL)) && !strong ? null : span;
}

/** A1 elements found in a "tell me about yourself" answer. */
export function yourselfElements(sentences: readonly Sentence[]): Record<string, Hit | null> {
  return {
    birthplace: firstHit(sentences, (s) => {
      const span = find(s.a, BIRTH) ?? demonymIn(s);
      return hitIf(s, span !== null && !has(s.a, FROM_NOT_PLACE), span);
    }),
    education: firstHit(sentences, educationIn),
    extracurricular: firstHit(sentences, (s) => {
      const span = find(s.a, SCHOOL_ACTIVITY);
      // "Outside the kitchen, I dance tango…": life outside work is not student life (A1).
      const outside =
        has(s.a, PERSONAL_OVERRIDE) && (has(s.a, COMMUNITY) || !has(s.a, SCHOOL_CONTEXT));
      // "At uni I didn't do any clubs": student life denied is missing (A1).
      const denied = span !== null && negatedAt(s, span);
      // "I was involved in a few things on campus, the usual stuff": nothing named (A1).
      const vague =
        span !== null &&
        has(s.a, VAGUE_INVOLVEMENT) &&
        /^involved/.test(
          s.a.tokens
            .slice(span.from, span.to + 1)
            .map((t) => t.norm)
            .join(" "),
        );
      return hitIf(
        s,
        span !== null &&
          !denied &&
          !vague &&
          // "…the last four as a team leader": a team in a career sentence is work (A1).
          !(has(s.a, CAREER) && !has(s.a, SCHOOL_CONTEXT)) &&
          isSchool(sentences, s) &&
          !has(s.a, WORK_CONTEXT) &&
          !outside,
        span,
      );
    }),
    "career-path": firstHit(sentences, (s) => {
      const span = find(s.a, CAREER);
      const ok =
        span !== null &&
        !has(s.a, NO_CAREER) &&
        !has(s.a, SIDE_JOB) &&
        !(
          has(s.a, NOT_YET) &&
          !has(s.a, words("i (?:have|had) ~2(?:worked|been)|spent|before that|started out"))
        );
      const studentRole =
        // "I was a tutor for the mechanics course for two semesters": a role counted in
        // semesters is held while studying.
        has(s.a, SCHOOL_ACTIVITY_STRICT) ||
        has(
          s.a,
          words("student|campus|club|varsity|semesters?|(?:at|in) (?:university|uni|college)"),
        );
      return hitIf(
        s,
        ok && !(studentRole && !has(s.a, words("internships?|interned|worked|job|co op"))),
        span,
      );
    }),
    personal: firstHit(sentences, (s) => {
      const a = withoutAttributiveGerunds(s.a);
      const span = find(a, PERSONAL_OVERRIDE) ?? find(a, PERSONAL);
      if (!span) return null;
      const override = has(a, PERSONAL_OVERRIDE);
      // "a year on the weekends at Bunnings": the time of a job is not a life outside work.
      // Nor is the time a course was taken: "a diploma, part-time, in the evenings".
      if (!override && isTimeOnly(a, span) && (has(a, JOB_TIME) || educationIn(s))) return null;
      // "My family moved to Calgary when I was eight": family in the story of where the
      // speaker grew up gives the birthplace, not another side of them (A1).
      // "…when my twins were born" is the speaker's own family, not their birthplace.
      if (!override && has(a, BIRTH_STORY) && !has(a, OWN_CHILDREN)) return null;
      // Serving the community is another side of the speaker even in a student's answer,
      // unless a club or society runs it.
      const school =
        isSchool(sentences, s) &&
        !(has(a, COMMUNITY) && (override || !has(a, SCHOOL_ACTIVITY_STRICT)));
      if (school && (!override || has(a, SCHOOL_ACTIVITY_STRICT))) return null;
      if (has(a, WORK_CONTEXT) && !override) return null;
      // "twelve years in the second violins of the orchestra": a pastime word inside the
      // career sentence names the work itself, not another side of the speaker (A1).
      if (!override && has(a, WORK_SPAN) && !has(a, words("outside|besides|also|on the side")))
        return null;
      return span;
    }),
  };
}

// Where the speaker grew up, told through a childhood move or the family's origins.
const BIRTH_STORY = words(
  "(?:moved|immigrated|emigrated|relocated|came) ~4with my (?:family|wife|husband|partner|parents)|(?:moved|came|emigrated|immigrated|relocated) ~6when (?:i|we) (?:was|were) (?:a|in|[0-9]+|little|young|small|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|grew up|born",
);

const VAGUE_INVOLVEMENT = words(
  "involved (?:in|with) (?:a few|some|a couple of|various|lots of|a lot of|loads of|a bunch of) (?:things|stuff)|the usual stuff",
);

// The speaker's own children: being a parent is a personal detail (A1, decision 0010).
const OWN_CHILDREN = words(
  "(?:my|our) (?:two |three |four |five |young |little )?(?:twins|kids|children|sons?|daughters?|bab(?:y|ies)|youngest|eldest|oldest|little ones?|boys|girls|first child|second child)",
);

// A sentence that spends years in a job: "I've spent twelve years in the second violins".
const WORK_SPAN = words(
  "i (?:have|had) ~1(?:spent|worked) ~3(?:years?|decades?|seasons?)|(?:worked|working) (?:as|at|for) (?:a|an|the)",
);

// Activities that belong to student life even when "outside classes" is said.
const SCHOOL_ACTIVITY_STRICT = words(
  "clubs?|society|societies|student (?:association|group|organization|union|committee)|varsity|intramural|moot|student government|student council|fraternity|sorority|school team|university team|college team",
);

// "Outside of school I help run a coding club for younger kids at our local library": serving
// the community outside school is a personal detail, not student life (A1).
const COMMUNITY = words(
  "(?:for|to) (?:the )?(?:younger |local |little |primary school |disadvantaged |underprivileged |vulnerable |refugee |migrant |newcomer )?(?:kids|children|teens|teenagers|young people|seniors|elderly|refugees|families|neighbors|women|men|adults)|(?:local|community|public|neighborhood|neighbourhood) (?:library|center|centre|hall|church|shelter|hospital|park|pool|association|charity|group|temple|mosque)|at (?:our|the|a) local",
);

// Days and times alone; they show a life outside work only when no job is done in them.
const TIME_WORDS =
  /^(?:on|every|the|a|weekends?|evenings?|saturdays?|sundays?|saturday|sunday|mornings|monday|tuesday|wednesday|thursday|friday|nights?)$/;
const JOB_TIME = words(
  "work|worked|working|job|jobs|shifts?|paid|pay|wages?|(?:did|spent) (?:a|one|two|three|[0-9]+) ~1(?:years?|summers?|months?) (?:on|at|with)",
);

function isTimeOnly(a: Analyzed, span: Span): boolean {
  return a.tokens.slice(span.from, span.to + 1).every((t) => TIME_WORDS.test(t.norm));
}

// "a little fishing outport", "the painting company": a gerund between an article and a noun
// describes the noun, so it names no pastime (A1). Masked before the pastime words are read.
function withoutAttributiveGerunds(a: Analyzed): Analyzed {
  const mask = a.tokens.map(
    (t, i) =>
      /ing$/.test(t.norm) &&
      /^(?:a|an|the|little|small|big|old)$/.test(a.tokens[i - 1]?.norm ?? "") &&
      /^[a-z]{3,}$/.test(a.tokens[i + 1]?.norm ?? "") &&
      !/^(?:club|clubs|team|teams|group|trips?|holidays?|weekends?|lessons?|classes|buddies|partners?)$/.test(
        a.tokens[i + 1]?.norm ?? "",
      ),
  );
  if (!mask.some(Boolean)) return a;
  const join = (pick: (k: number) => string) =>
    ` ${a.tokens.map((_, k) => (mask[k] ? "_" : pick(k))).join(" ")} `;
  return {
    ...a,
    surface: join((k) => a.tokens[k]!.norm),
    lemmas: join((k) => a.tokens[k]!.lemma),
  };
}
