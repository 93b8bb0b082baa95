import { type Analyzed, analyze } from "../text/analyze.ts";
import type { Finding, QuestionContext, QuestionResult, QuestionRule } from "../types.ts";
import { recognisedExceptions, recognisedViolations } from "./exceptions.ts";
import { asksAboutJobs } from "./jobs-rule.ts";
import { classifyLevel } from "./level.ts";
import { asksWhatTheyLookFor } from "./look-for-rule.ts";
import { answeredByResearch, parseResearch } from "./research-rule.ts";
import {
  jobsSuggestion,
  lookForSuggestion,
  researchSuggestion,
  websiteSuggestion,
} from "./suggest.ts";
import { MODEL_RULES, ruleVerdict, violationProbabilities } from "./violation-model.ts";
import { type WebsiteTopic, websiteTopic } from "./website-rule.ts";

const TOPIC_NAMES: Readonly<Record<WebsiteTopic, string>> = {
  founding: "when it was founded",
  size: "its size",
  locations: "where its offices are",
  offerings: "what it offers",
  leadership: "who leads it",
  mission: "its mission and values",
  clients: "who its clients are",
  ownership: "who owns it",
  finances: "its published figures",
  profile: "the basic facts it publishes about itself",
};

const JOBS_MESSAGE =
  "Asks about specific jobs or openings (M10): a yes/no question that ends the conversation.";
const LOOK_FOR_MESSAGE = "Asks what they look for in candidates (M10): it reads as self-serving.";

/** The hand-written rules' findings (M7, M10), before the trained model is consulted. */
export function ruleFindings(a: Analyzed, context: QuestionContext = {}): Finding<QuestionRule>[] {
  const findings: Finding<QuestionRule>[] = [];
  if (asksAboutJobs(a)) {
    findings.push({
      rule: "asks-about-jobs",
      message: JOBS_MESSAGE,
      suggestion: jobsSuggestion(a),
    });
  }
  if (asksWhatTheyLookFor(a)) {
    findings.push({
      rule: "asks-what-they-look-for",
      message: LOOK_FOR_MESSAGE,
      suggestion: lookForSuggestion(a),
    });
  }
  const topic = websiteTopic(a);
  if (topic) {
    findings.push(websiteFinding(topic));
  } else if (context.research?.trim()) {
    const clause = answeredByResearch(a, parseResearch(context.research));
    if (clause) {
      findings.push({
        rule: "answerable-from-website",
        message: `Your research notes already answer this (M7): "${clause}".`,
        suggestion: researchSuggestion(clause),
      });
    }
  }
  return findings;
}

function websiteFinding(topic: WebsiteTopic): Finding<QuestionRule> {
  return {
    rule: "answerable-from-website",
    message: `The organization's website already says ${TOPIC_NAMES[topic]} (M7): asking shows you did not prepare.`,
    suggestion: websiteSuggestion(topic),
  };
}

/** The finding for a violation only the trained model saw, worded as the rule words it. */
function modelFinding(rule: QuestionRule, a: Analyzed): Finding<QuestionRule> {
  if (rule === "asks-about-jobs")
    return { rule, message: JOBS_MESSAGE, suggestion: jobsSuggestion(a) };
  if (rule === "asks-what-they-look-for")
    return { rule, message: LOOK_FOR_MESSAGE, suggestion: lookForSuggestion(a) };
  // No rule named the published fact, so the most general topic stands in for it.
  return websiteFinding("profile");
}

/** The rules' findings, with the trained model's verdict where it is sure enough (M7, M10). */
export function violationFindings(
  a: Analyzed,
  context: QuestionContext = {},
): Finding<QuestionRule>[] {
  const found = ruleFindings(a, context);
  const p = violationProbabilities(a);
  const sound = recognisedExceptions(a);
  const plain = recognisedViolations(a);
  const out: Finding<QuestionRule>[] = [];
  MODEL_RULES.forEach((rule, k) => {
    const finding = found.find((f) => f.rule === rule);
    // A finding from the contact's own research notes is a fact, not a reading: it stays.
    const fromNotes = finding?.message.startsWith("Your research notes") ?? false;
    const recognised = { exception: sound.has(rule), violation: plain.has(rule) };
    if (fromNotes || ruleVerdict(finding !== undefined, p[k] ?? 0, recognised)) {
      out.push(finding ?? modelFinding(rule, a));
    }
  });
  return out;
}

/**
 * Checks one question the job seeker plans to ask (M6–M10) and places it in the
 * drill-down (M8) or tenure (M9) structure. Never throws.
 */
export function lintQuestion(question: string, context: QuestionContext = {}): QuestionResult {
  const a = analyze(question);
  const findings = violationFindings(a, context);
  // The trained tie-breaker only knows sound questions; a flagged one keeps the rules' level.
  return { question, level: classifyLevel(a, { rulesOnly: findings.length > 0 }), findings };
}
