import { words } from "../text/analyze.ts";
import { ORG_WIDE } from "./vocab.ts";

/** What kind of published fact a question asks for (M7). */
export type WebsiteTopic =
  | "founding"
  | "size"
  | "locations"
  | "offerings"
  | "leadership"
  | "mission"
  | "clients"
  | "ownership"
  | "finances"
  | "profile";

// Sites an organization runs, which stand for it in a question ("Who owns the wind farm?").
// Places that care for or house people or collections count too ("the home", "the zoo").
const FACILITY =
  "(?:(?:wind |solar )?farms?|mines?|ports?|plants?|factory|factories|mills?|estates?|winery|vineyards?|brewery|distillery|airports?|terminals?|refinery|resorts?|venues?|arenas?|stadiums?|hotels?|stores?|sites|(?:care |nursing )?homes?|hospices?|shelters?|prisons?|zoos?|aquariums?|parks?|reserves?|centers?|archives?|observatory|cemetery|workshops?|atelier|yards?|depots?|stations?|houses?|vaults?|banks?)";
// The organization or one of its sites, as the subject of a look-up.
const ORG_OR_SITE = `(?:${ORG_WIDE}|${FACILITY})`;
// Nouns that name the contact's own unit or work, not the organization or a site: after
// "the", any other noun may stand for the organization in a look-up ("the sanctuary").
const NOT_ORG =
  "(?:[a-z]+ )?(?:team|teams|department|unit|desk|group|role|job|project|program|course|process|shift|rota|sector|industry|field) ";
// Organizations in the plural, as the clients of another: "Which insurers…", "shipping lines".
const CLIENT_ORGS =
  "(?:clients|customers|brands|companies|firms|insurers|banks|airlines|carriers|lines|retailers|publishers|developers|councils|hospitals|schools|charities|agencies|labels|studios|operators|manufacturers|distributors|wholesalers|suppliers|chains|utilities|governments|ministries)";

/** Each published-fact topic with a pattern that asks for it, checked in order (M7). */
export const TOPICS: ReadonlyArray<readonly [WebsiteTopic, RegExp]> = [
  [
    "founding",
    words(
      `when ~4(?:was|were|is|be) ~4(?:founded|found|established|establish|started|start|created|create|set up|launched|launch|formed|form|incorporated|incorporate|opened|open)`,
    ),
  ],
  [
    "founding",
    words(
      "what year ~6(?:found|founded|establish|established|start|started|launch|launched|open|opened)|who (?:founded|found|started|created) (?:the|your|this|it)|who (?:are|is|were|was|be) ~2founders?|how old is (?:the|your|this) ~2[a-z]+|(?:how long|since when) (?:has|have|is|was) ~4(?:been around|existed|exist|been in business|been operating|been trading)|history of (?:the|your) ~2(?:company|firm|organization|agency|business)|come to be (?:founded|established|set up|created|formed|started|built)|how long (?:has|have) (?:the|this|your) ~3(?:been going|been around|been trading|been open|been in business)",
    ),
  ],
  [
    "founding",
    words(
      `when (?:did|was) (?:the|your|this) ~2${ORG_WIDE} ~2(?:open|start|begin|launch|get started|set up|come into being|first open)(?: its doors| up| out| operations| trading| business)? \\?`,
    ),
  ],
  [
    "size",
    // "How many dentists work at your practice?": a headcount of the whole organization.
    words(
      `how many [a-z]+s (?:work|are employed|are on staff) (?:at|in|for) (?:your|the|this) ~1${ORG_WIDE}(?= (?:\\?|now|today|currently|at the moment|$))`,
    ),
  ],
  [
    "size",
    words(
      `how many (?:employees|staff|people|workers|personnel|members of staff|full time employees|ftes|offices|locations|branches|stores|sites|countries|clients|customers|users|members|volunteers|engineers|lawyers|consultants|nurses|doctors|teachers|beds|students|patients|schools|hospitals|clinics|restaurants|hotels|plants|factories|warehouses|campuses|centers|outlets|franchises|brands|shops|depots|mines|farms|stations|theaters|venues|rooms|buses|trains|trucks|vehicles|aircraft|planes|ships|vessels|hectares|acres|seats|screens|titles|products)`,
    ),
  ],
  [
    "size",
    words(
      `(?:size of (?:the|its) (?:staff|workforce|headcount|team|company|organization|firm|business)|how (?:big|large) (?:is|be) (?:the|your|this) ~1${ORG_WIDE}|(?:what|how) ~4head ?count|staff count|number of (?:employees|staff|people)|size of (?:the|your) ~1${ORG_WIDE}|how (?:big|large) (?:is|be) (?:it|they))`,
    ),
  ],
  [
    "locations",
    words(
      "(?:where|whereabouts) ~3(?:is|are|be) ~4(?:head office|head offices|headquarters|hq|main office|offices|office|based|located|headquartered|locate|headquarter|branches|stores|sites|locations|plants|factories|warehouses|clinics|campuses|mines|farms|vineyards|hotels|restaurants|depots)|where ~3(?:do|does) ~3(?:operate|have offices|have an office|have locations)|(?:which|what) (?:cities|countries|regions|locations|states|provinces|markets|towns) ~5(?:offices?|located|locate|based|operate|operates|operating|active|have|present|work in|works in|serve)|(?:have|has) (?:an |any |a )?(?:offices?|locations?|branch|branches|presence|operations|labs?|plants?|stores?|clinics?|campus|campuses|factory|factories|warehouses?|facility|facilities|hubs?) (?:in|at|outside|abroad|overseas|internationally|across|near)",
    ),
  ],
  [
    "founding",
    words(
      `when (?:was|were) (?:the|your|this) ~2${ORG_WIDE} (?:built|opened|created|launched|set up)`,
    ),
  ],
  [
    "offerings",
    // "What does the foundation fund?": what the organization does, in one published line.
    words(
      `what (?:does|do) (?:the|your|this) ~1${ORG_WIDE} (?:fund|funds|make|sell|offer|provide|publish|produce|manufacture|invest in|specialize in|focus on) \\?`,
    ),
  ],
  [
    "offerings",
    words(
      `(?:what|which) ~2(?:products?|services?|solutions?|offerings?|brands?|programs?|lines of business|product lines?|courses|packages|plans|tariffs|bundles|policies) ~6(?:sell|sells|offer|offers|provide|provides|make|makes|produce|produces|manufacture|manufactures|deliver|delivers|have|has|develop|develops|build|builds|carry|carries|run|runs|do you)`,
    ),
  ],
  [
    "offerings",
    words(
      `(?:what|which) (?:are|is) ~3(?:products?|services?|brands?|offerings?) (?:that )?(?:the|your|this) ~2${ORG_WIDE} ~2(?:makes|make|sells|sell|offers|offer|provides|provide|produces|produce)|(?:main|core|full) (?:products|services|product range|product line|range of services)|(?:what|which) (?:are|is) ~3(?:practice areas|areas of practice|service lines|business lines|lines of business)|(?:what|which) (?:kinds? of |types? of |sorts? of )?(?:practice areas|areas of practice|service lines|business lines|lines of business|products|services|brands|routes|destinations|titles|markets|regions|countries|courses|programs|degrees|treatments|policies|crops|varieties) (?:the|this|your) ~2[a-z]+ (?:covers|offers|sells|serves|flies|runs|operates|publishes|makes|provides|teaches|stocks|grows|insures|underwrites)(?= (?:\\?|\\.|,|and|now|today|currently|$))`,
    ),
  ],
  [
    "offerings",
    words(
      `what (?:does|do) (?:your|the|this) ~2${ORG_WIDE} ~1(?:do|make|sell|offer|provide|produce)|what do you (?:sell|make(?! of)|manufacture|produce)|(?:what|which) (?:industries|sectors|markets|clients|customers) ~3(?:do|does) ~3(?:serve|work with|operate in|sell to|target|cover)`,
    ),
  ],
  [
    "offerings",
    // "What software does the company make?", "What cases does the legal aid office take?"
    words(
      `(?:what|which) ~3(?:does|do) (?:the|this) ~2(?:${ORG_OR_SITE}|office) (?:make|sell|offer|provide|produce|manufacture|develop|build|publish|carry|take|take on|handle|fund|run|own|operate|serve|specialize in|mine|grow) (?:\\?|,|and)`,
    ),
  ],
  [
    "offerings",
    // Embedded: "Can you tell me what the agency does?"
    words(
      `what (?:the|your|this) ~2(?:${ORG_WIDE}|office) (?:does|do|makes|sells|offers|provides|produces|funds)(?: exactly)? (?:\\?|\\.|$)`,
    ),
  ],
  [
    "founding",
    words(
      `when (?:the|your|this) ~2${ORG_WIDE} (?:was|were) (?:founded|established|started|created|set up|launched|formed|opened|built)`,
    ),
  ],
  [
    "size",
    words(
      `how many (?:people|employees|staff|workers) (?:the|your|this) ~2${ORG_WIDE} (?:has|have|employs|employ)`,
    ),
  ],
  [
    "size",
    // "Roughly how many vets does the group employ?", "How many homes does the association
    // manage?": a count the organization publishes about itself, whatever is counted.
    words(
      `how many ~2[a-z]+ (?:does|do|did) (?:the|this|your) ~2${ORG_OR_SITE} (?:employ|have|run|operate|manage|own|house|look after|serve|handle|produce) (?:\\?|now|today|currently|in total|altogether|at the moment)`,
    ),
  ],
  [
    "size",
    // "How many animals does the sanctuary care for?": whatever the site is called, a count
    // of what it looks after is published; the contact's own team or job is not.
    words(
      `how many ~2[a-z]+ (?:does|do) (?:the|this) (?!${NOT_ORG})(?:[a-z]+ )?[a-z]+ (?:employ|run|operate|manage|own|house|look after|care for|serve|treat|handle|produce|hold|shelter|rescue) (?:\\?|now|today|currently|each year|a year|every year|in total|altogether|at the moment)`,
    ),
  ],
  [
    "clients",
    // "Which shipping lines use the port?", "Which insurers does your firm handle claims for?"
    words(
      `(?:which|what) ~2${CLIENT_ORGS} (?:use|uses|call at|sail from|fly from|fly into|work with|buy from|sell through|ship through|bank with|insure with) (?:the|this|your) ~2${ORG_OR_SITE} \\?|(?:which|what) ~2${CLIENT_ORGS} (?:do|does) (?:you|your ~2[a-z]+|the ~2${ORG_OR_SITE}) ~3(?:for|with|to|serve|supply|represent|insure|advise|cover) \\?`,
    ),
  ],
  [
    "clients",
    // "Which clients has the design agency worked with?": the client list, in the perfect.
    words(
      `(?:which|what) ~2${CLIENT_ORGS} (?:has|have|did) (?:the|this|your) ~2${ORG_OR_SITE} ~1(?:worked with|worked for|work with|work for|served|supplied|represented|advised|partnered with) \\?`,
    ),
  ],
  [
    "offerings",
    // "What does the collective's residency programme include?": the published contents
    // of a named programme (M7); "your" programme stays the contact's to describe.
    words(
      "(?:what|which) ~2(?:does|do) (?:the|this) ~4(?:program|scheme|fellowship|residency|membership|package|festival) (?:include|includes|involve|involves|cover|covers|consist of|offer) \\?",
    ),
  ],
  [
    "founding",
    // "…and when did Skyreach start flying?": a bare name starting out is a founding date.
    words(
      "when did (?!(?:you|your|i|we|they|he|she|it|this|that|the|things|people|everyone|someone|anyone)(?= ))[a-z]+ (?:first )?(?:start|begin) (?:[a-z]+ing|operations|business) \\?",
    ),
  ],
  [
    "offerings",
    // "What grape varieties do you grow?": what the organization produces, asked as a list.
    words(
      `(?:what|which) ~5(?:do|does) (?:you|the ~2${ORG_OR_SITE}) (?:grow|brew|farm|breed|distill|stock|carry|export|import|mine|build|manufacture|produce|sell|make) \\?`,
    ),
  ],
  [
    "profile",
    // Yes/no or one-line facts the organization publishes about itself: its league, awards,
    // accreditations, listing.
    words(
      `(?:which|what) (?:league|division|conference|ranking|rating|accreditations?|certifications?|awards?) ~2(?:does|do|is|are|has|have|did) (?:the|this|your) ~2${ORG_OR_SITE} ~3(?:play in|compete in|in|hold|have|got|win|won|been given|received) \\?|(?:did|has|have|does) (?:the|this|your) ~3(?:win|won|receive|received|get|got|hold|have) (?:any )?~1(?:awards?|prizes?|accreditations?|stars?)`,
    ),
  ],
  [
    "leadership",
    words(
      "who (?:is|are|was|were|be) ~2(?:the )?(?:ceo|cfo|cto|coo|cmo|president|chair|chairman|chairwoman|chairperson|owner|owners|managing director|executive director|head of the (?:company|firm|organization)|leaders?|leadership team|executive team|board|board members|partners|principal|chief [a-z]+|director general|vice presidents?|(?:managing|senior|founding|named) partners?)|who (?:sits|sit|serves|serve) on ~4board|who (?:is|are|be) ~3(?:on|in) (?:the|your|its|their) ~3(?:board|cabinet|executive committee|leadership team|management team)|name of (?:the|your) ~2(?:ceo|president|founder|chair|managing director|executive director|head)|who (?:runs|leads|owns|heads|run|lead|own|head) (?:the|your|this) ~1(?:company|firm|organization|agency|business|bank|charity|group|it)",
    ),
  ],
  [
    "leadership",
    // The head of a named department or programme is on the organization chart: "Who heads
    // the planning department?", "Who runs the graduate programme?". "Your department" stays the contact's to describe.
    words(
      "who (?:runs|leads|heads|directs|chairs|run|lead|head|direct|chair) the ~2(?:department|division|directorate|ministry|agency|bureau|unit|service|school|faculty|institute|program|scheme|center|campus)(?! (?:you|that you|where you|i))",
    ),
  ],
  [
    "offerings",
    // A yes/no check of the published offer: "Does the library offer e-books?". What it
    // offers its own people (training, roles) is not a catalogue question.
    new RegExp(
      `^${
        words(
          `(?:does|do) (?:the|this) ~2${ORG_WIDE} (?:still |also |only )?(?:offer|offers|sell|stock|carry|lend|provide|produce|publish|supply|make|manufacture|grow|brew|insure|cover|serve|deliver|export|ship|fly|sail|run)(?! (?:any |a |an )?(?:training|train|mentoring|mentor|mentorship|coaching|support|flexible|flexibility|remote|hybrid|progression|development|develop|internships?|placements?|apprenticeships?|jobs?|roles?|positions?|opportunit[a-z]+|graduate|junior|sponsorship|visa|relocation)(?= ))`,
        ).source
      }`,
    ),
  ],
  [
    "offerings",
    // "Do you offer pet insurance as well, or only home and auto?": the published range, asked
    // of "you" as the organization. What it offers people (training, advice) is not.
    new RegExp(
      `^${
        words(
          "(?:so |and )?(?:do|does) you (?:still |also |only |even )?(?:offer|sell|stock|carry|insure|underwrite|export)(?! (?:any |a |an |some |much )?(?:training|mentoring|mentorship|coaching|support|flexible|flexibility|remote|hybrid|progression|development|internships?|placements?|apprenticeships?|jobs?|roles?|positions?|opportunit[a-z]+|graduate|junior|sponsorship|visa|relocation|advice|tips|guidance|feedback|help|mentors?|people|candidates|newcomers|returners)(?= ))",
        ).source
      }`,
    ),
  ],
  [
    "profile",
    // Opening hours are on every organization's contact page.
    words(
      "opening hours|opening times|hours of operation|business hours|visiting hours|(?:what time|when) (?:do|does) (?:you|the|your|this) ~2(?:open|close)(?= (?:\\?|on|at|in|during|$))",
    ),
  ],
  [
    "offerings",
    // "Which drug candidates are in your pipeline?", "the hotels in the group's portfolio"
    // "Which therapeutic areas is your pipeline focused on?": what the portfolio covers.
    words(
      "(?:which|what) ~3(?:is|are|does|do) (?:the|your|its|their) ~2(?:pipeline|portfolio|catalog|catalogue|lineup|line up|roster|range|product line) ~1(?:focused on|focus on|concentrated on|cover|covers|include|includes|span|spans|target|targets)|(?:(?:which|what) ~4(?:are|is) ~2(?:currently |now )?|tell me about ~4)(?:in|on) (?:the|your|its|their) ~3(?:pipeline|portfolio|catalog|catalogue|lineup|line up|roster|range)|(?:which|what) ~2(?:titles|games|films|books|albums|shows|products|drugs|apps|records|novels|plays|productions|collections|ranges|models) ~3(?:shipped|released|published|launched|produced|made|brought out|put out|issued|staged|premiered|come out with|came out with)|(?:which|what) ~2(?:shows|plays|films|productions|exhibitions|exhibits|concerts|performances|events|courses|classes|programs|operas|musicals) (?:are|is) (?:on|showing|playing|running|coming up|scheduled|programmed|on offer) (?:at|in) (?:the|this)|(?:which|what) awards|awards? (?:has|have|did) ~4won|(?:which|what) (?:plays|shows|productions|exhibitions|concerts|operas|musicals|films) (?:are|is) (?:you|the ~2[a-z]+) (?:putting on|staging|showing|running|programming|touring)|(?:which|what) (?:animals|species|exhibits|collections|breeds|vehicles|aircraft|vessels) (?:do|does) (?:you|the ~2[a-z]+) (?:have|keep|house|look after|run|operate)|what is (?:your|the|its) ~2(?:software|product|app|platform|tool|service) called|(?:which|what) (?:artists|authors|bands|players|athletes|writers|musicians|acts) (?:are|is) (?:currently |now )?(?:signed|on the roster|on the books|represented)",
    ),
  ],
  [
    "leadership",
    // "Who's the current artistic director of the opera house?": any named post at the top
    // of the organization or one of its sites is on its "about us" page.
    words(
      `who (?:is|are|was|were|be) (?:the )?(?:current |new |present )?~2(?:director|directors|head|chief|editor|dean|governor|principal|headteacher|superintendent|chair|conductor|curator|president) (?:of|at) (?:the|this) ~2${ORG_OR_SITE}`,
    ),
  ],
  [
    "offerings",
    // "Which satellites does the company have in orbit?", "Which ports does the brokerage
    // have offices at?": a list of what the organization holds, asked as a "which" list.
    words(
      `which ~2[a-z]+ (?:does|do) (?:the|this) (?!${NOT_ORG})(?:[a-z]+ )?[a-z]+ (?:have|run|operate|own|hold) ~3(?:\\?|now|today|currently|at the moment|right now|at present)`,
    ),
  ],
  [
    "offerings",
    // "Do you make your own hardware?", "What languages does your app support?",
    // "what is it that your company makes?": the published offer in other words.
    words(
      `(?:do|does) (?:you|the ~2${ORG_WIDE}) (?:make|build|manufacture|produce|design|develop|grow|brew|roast|print) (?:your|its|their) own|(?:what|which) ~2(?:languages|platforms|devices|formats|integrations|features|file types|currencies|payment methods|operating systems) (?:does|do) (?:your|the|this) ~2(?:app|apps|product|products|platform|software|tool|tools|service|system|site|website|api) (?:support|offer|include|have|work with|run on)|what is it (?:that )?(?:your|the|this) ~2${ORG_WIDE} (?:makes|does|sells|offers|provides|produces)`,
    ),
  ],
  [
    "offerings",
    // "…which divisions the group has and which brands belong to each?", "Which hospitals are
    // part of your health network?": the published make-up of a group.
    words(
      "(?:which|what) (?:divisions|brands|subsidiaries|business units|companies|labels|imprints|hotels|hospitals|clinics|schools|stores|sites) (?:the|your|this) ~2[a-z]+ (?:has|have|owns|runs|includes)|(?:which|what) ~2(?:brands|companies|labels|imprints|hotels|hospitals|clinics|schools|stores|sites|members|firms|practices) (?:belong to|are part of|are in|sit under|fall under|make up) (?:the|your|this|its|each)",
    ),
  ],
  [
    "profile",
    // "What does your recruitment page say you look for?", "the vision set out in its
    // published strategic plan": a question that names where the answer is published.
    words(
      "(?:(?:what|which) ~9(?:on|in|from)|according to) (?:your|the|its|their) ~2(?:website|web site|careers page|careers site|career page|recruitment page|jobs page|annual report|strategic plan|prospectus|brochure)(?! (?:that|which|about|and how|but))|(?:your|the|its|their) ~2(?:website|careers page|careers site|recruitment page|jobs page) (?:say|says|list|lists|show|shows)|(?:does|do) (?:the|your|this) ~2[a-z]+ publish(?! ~3(?:research|papers|studies|books|journals|articles))|published (?:strategic plan|strategy|plan|figures|accounts|criteria|requirements)",
    ),
  ],
  [
    "founding",
    // "When did you open your first store?"
    words(
      "when did (?:you|they|the company|the firm|the group) (?:first )?(?:open|launch|start|found|set up|establish) (?:your|its|their|the) (?:first |original )?~2(?:store|shop|office|branch|restaurant|clinic|site|location|hotel|factory|plant|school|gallery|studio|cafe|bakery|brewery)",
    ),
  ],
  [
    "profile",
    // "Does your plant hold ISO 9001 certification?": a published credential.
    words(
      "(?:does|do|is|are) (?:your|the|this) ~2[a-z]+ (?:hold|have|has|carry|got) (?:an? |the |any )?~2(?:iso|certification|accreditation|b corp|certified|accredited)|(?:is|are) (?:your|the|this) ~2[a-z]+ ~1(?:iso ~1certified|a b corp|b corp certified|accredited|fair trade certified)",
    ),
  ],
  [
    "size",
    // "What's the school's enrollment?": a published count under another name.
    words(
      "(?:what|how big) (?:is|be) (?:the|your|its|their) ~3(?:enrollment|enrolment|student numbers|student body|membership|circulation|readership|fleet size|fleet|turnover of staff|bed count|head count|staff numbers)(?= (?:\\?|\\.|,|now|these days|currently|like|and|$))",
    ),
  ],
  [
    "mission",
    words(
      `what (?:is|are|be) (?:the|your|its|their) (?:(?!personal |own )[a-z]+ ){0,2}(?:official |stated |core )?(?:mission|vision|values|purpose|motto|tagline|slogan)(?: statement)?(?! for)`,
    ),
  ],
  [
    "mission",
    // Embedded question order: "what the charity says its purpose is".
    words(
      "what ~4(?:its|their|the|your) (?:official |stated |core )?(?:mission|vision|values|purpose|motto|tagline|slogan)(?: statement)? (?:is|are|says|was)(?: \\?| \\.| exactly| again| $)",
    ),
  ],
  [
    "clients",
    words(
      "who (?:is|are|be) ~3(?:clients|customers|funders|donors|investors|shareholders|partners|client|customer)|(?:which|what) ~2[a-z]+ (?:are|is) (?:your|the|its|their) (?:main |biggest |largest |key |major |core |top )?(?:clients|customers|funders|donors|investors)(?: \\?| now| today| currently)|(?:which|what) ~2(?:clients|customers|brands|companies) ~3(?:do you|does (?:the|your) ~2[a-z]+) ~2(?:work with|serve|have)|(?:which|what) ~2(?:clients|customers|brands) (?:have|has) (?:you|your ~2[a-z]+|the ~2[a-z]+) ~1(?:worked with|served|done work for|worked for)",
    ),
  ],
  [
    "ownership",
    words(
      `(?:owned|acquired|backed) by|registered (?:as )?(?:a |an )?(?:nonprofit|non profit|charity|company|b corp|cooperative|social enterprise)|part of a (?:larger |bigger |national |international |global |hotel |restaurant |retail )?(?:group|chain|network|franchise)|(?:a )?private (?:clinic|company|hospital|school|practice|firm|business) or|part of the (?:[a-z]+ ){0,2}(?:authority|health service|nhs|trust|system)(?= \\?)|independently owned|(?:or|is it|are you|are they) (?:an )?independent(?= (?:\\?|,|\\.|or))|subsidiary of|parent company|publicly traded|public company|go public|listed on|stock exchange|ticker|stock symbol|privately (?:held|owned)|family owned|employee owned|who owns (?:the|your|this) ~1${ORG_OR_SITE}|(?:is|be) (?:the|your|this) ~1${ORG_WIDE} (?:public|private|listed|a nonprofit|a non profit|a charity|a subsidiary|a cooperative|a startup|for profit)`,
    ),
  ],
  [
    "finances",
    words(
      `(?:what|how much) ~4(?:revenue|turnover|annual sales|profits?|market share|valuation|market cap|share price|stock price|assets under management|gross written premiums?|premium income|annual budget|endowment)`,
    ),
  ],
];
