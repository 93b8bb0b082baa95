import { checkAnswer } from "./check-answer.ts";
import type { AnswerKind } from "./kinds.ts";

// For the answer cue tests: which elements the checker finds present, by element id.
export const present = (kind: AnswerKind, text: string): Record<string, boolean> =>
  Object.fromEntries(checkAnswer(kind, text).elements.map((e) => [e.id, e.present]));
export const yourself = (text: string) => present("tell-me-about-yourself", text);
export const role = (text: string) => present("role", text);
export const goals = (text: string) => present("career-goals", text);
export const help = (text: string) => present("how-can-i-help", text);
export const strengths = (text: string) => present("strengths-weaknesses", text);
export const why = (text: string) => present("why-interested", text);
