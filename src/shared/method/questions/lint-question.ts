import { analyze } from "../text/analyze.ts";
import type { Finding, QuestionContext, QuestionResult, QuestionRule } from "../types.ts";
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

/**
 * Checks one question the job seeker plans to ask (M6–M10) and places it in the
 * drill-down (M8) or tenure (M9) structure. Never throws.
 */
export function lintQuestion(question: string, context: QuestionContext = {}): QuestionResult {
  const a = analyze(question);
  const findings: Finding<QuestionRule>[] = [];
  if (asksAboutJobs(a)) {
    findings.push({
      rule: "asks-about-jobs",
      message:
        "Asks about specific jobs or openings (M10): a yes/no question that ends the conversation.",
      suggestion: jobsSuggestion(a),
    });
  }
  if (asksWhatTheyLookFor(a)) {
    findings.push({
      rule: "asks-what-they-look-for",
      message: "Asks what they look for in candidates (M10): it reads as self-serving.",
      suggestion: lookForSuggestion(a),
    });
  }
  const topic = websiteTopic(a);
  if (topic) {
    findings.push({
      rule: "answerable-from-website",
      message: `The organization's website already says ${TOPIC_NAMES[topic]} (M7): asking shows you did not prepare.`,
      suggestion: websiteSuggestion(topic),
    });
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
  // The trained tie-breaker only knows sound questions; a flagged one keeps the rules' level.
  return { question, level: classifyLevel(a, { rulesOnly: findings.length > 0 }), findings };
}
