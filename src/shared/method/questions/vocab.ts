/**
 * Word classes shared by the question rules, as regular-expression alternations over
 * normalised words (see text/analyze.ts: lower case, American spelling, contractions expanded).
 */

/** Nouns that always name a job (M10). */
export const JOB_STRONG =
  "(?:jobs?(?! (?:market|markets|satisfaction|security|title|titles|description|descriptions|growth|loss|losses|cuts|creation|design|shadowing|crafting|ladder))|openings?|vacanc(?:y|ies)|postings?|internships?|traineeships?|cadetships?|placements?|requisitions?|reqs?|apprenticeships?|co ?ops?|positions?)";

/** Nouns that name a job only with a qualifier ("an open role", "opportunities for me"). */
export const JOB_WEAK = "(?:roles?|opportunit(?:y|ies)|spots?|gigs?|seats?)";

/** Any job noun. */
export const JOB_ANY = `(?:${JOB_STRONG}|${JOB_WEAK})`;

/** The organization as a whole, as opposed to the contact's own team. */
export const ORG_WIDE =
  "(?:company|companies|firm|firms|organization|organizations|org|agency|agencies|business|corporation|charity|nonprofit|non profit|startup|bank|group|institution|ministry|hospital|university|college|school|practice|studio|consultancy|enterprise|employer|brand|council|authority|foundation|association|society|insurer|retailer|manufacturer|utility|publisher|network|club|clinic|newsroom|ward|lab|laboratory|museum|library|gallery|theater|theatre|restaurant|hotel|chain|co op|cooperative|partnership|fund|trust|it|they)";

/** Units inside an organization, for goals and barriers (M8). */
export const UNIT =
  "(?:team|teams|department|departments|division|divisions|group|groups|unit|units|business unit|function|branch|office|practice|lab|squad|desk|organization|company|firm|agency|business|org|bank|school|hospital|charity|studio|ministry|leadership|board|you|your)";

/** Words that show the question is about candidates and hiring (M10, second half). */
export const HIRE_CONTEXT =
  "(?:candidates?|applicants?|applications?|new hires?|hires|recruits?|resumes?|cvs?|cover letters?|interviewees?|job seekers?|people you hire|people you bring on|someone you hire|new joiners?|new starters?|new team members?|new employees?|new graduates you|grads you|to get hired|to be hired|get hired|be hired|to get in|to land (?:a|an|the) |to join your|to join the team|(?:before|when|if|until) (?:they|you|it|we) (?:will |would |can |could )?(?:hire|recruit|employ|take on|bring on|bring in)|(?:hire|recruit|employ) (?:them|him|her|one)|bring (?:one|them|someone) (?:into|onto|on)|when i apply|if i apply|if i applied|if i were to apply|(?:someone|somebody|anyone|people|a person|those) joining (?:your|the|a)|to work here|to work at your|to work for you|hiring managers?|recruiters?|interviewers?|when (?:you are )?hiring|when you hire|interview (?:stage|stages|process|processes|rounds?|panels?|loop)|when (?:they|people|candidates|graduates|someone|you) apply|when applying|bring (?:them|someone|somebody|people) on(?: board)?|take (?:them|someone|somebody) on|job interviews?|to be considered|be considered for|when you interview|interview people|interviewing people|in interviews|in an interview|(?:graduate|junior|senior|good|great|new|strong|best|bad|recent|first|entry level) hires?|someone applying|people applying|applying|shortlisted|new (?:staff|people|recruits|joiners|starters|employees|team members|graduates|colleagues))";

/** Sector, industry or field scope (M8, first level). */
export const SECTOR =
  "(?:industry|industries|sector|sectors|field|fields|profession|professions|market|markets|space|trade|trades|discipline|economy|landscape|ecosystem|world of|as a whole|across the|nationally|globally|line of work|area of work|community)";

/** The people who hire: details sent to them are an application, not an introduction (M10). */
export const HIRERS =
  "(?:hr|human resources|people team|talent (?:team|acquisition)|recruit[a-z]*|hiring (?:manager|team|panel)s?|whoever ~3(?:hir[a-z]+|recruit[a-z]*))";

/**
 * Passing one's details on to someone: an introduction (M11) unless the recipient is one of
 * HIRERS (M10). The jobs rule, the referral level and the model's exceptions share it.
 */
export const PASS_ON_DETAILS =
  "(?:pass|passing|send|sending|forward|forwarding|give|giving|hand|handing|share|sharing) ~1my ~1(?:details?|names?|numbers?|emails?|information|info|contacts?) ~3(?:to|with)";
