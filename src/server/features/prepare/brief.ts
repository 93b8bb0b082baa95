// Imported from its own file: the engine barrel would load the NLP library at start-up.

import { VIRTUAL_MEETING_CHECKLIST } from "../../../shared/method/meeting/virtual-checklist.ts";
import { tenureOf } from "../../../shared/method/plan/tenure.ts";
import type { Db } from "../../db/connect.ts";
import { listAnswers } from "../answers/service.ts";
import { presentMeeting } from "../meetings/present.ts";
import { getPeopleByIds } from "../people/repo.ts";
import { meetingContext } from "./context.ts";
import { getPrep } from "./prep.ts";
import { getMeetingQuestions } from "./questions.ts";

/**
 * Everything on the one-page brief of a meeting: who (title, tenure, how we met, who
 * introduced us), the organization and research notes, the prepared answers with their
 * timing, the ordered questions, and for video meetings the M5 checklist.
 */
export async function meetingBrief(db: Db, ws: string, meetingId: string) {
  const ctx = await meetingContext(db, ws, meetingId);
  const [answers, questions, prep] = await Promise.all([
    listAnswers(db, ws),
    getMeetingQuestions(db, ws, meetingId),
    getPrep(db, ws, meetingId),
  ]);
  const introducerIds = ctx.people.flatMap((p) =>
    p.introducedBy ? [p.introducedBy.fromPersonId] : [],
  );
  const introducers = await getPeopleByIds(db, ws, introducerIds);
  const meetingDay = ctx.meeting.scheduledAt.toISOString().slice(0, 10);
  const chosen =
    prep.answerKeys.length > 0
      ? answers.filter((a) => prep.answerKeys.includes(a.key))
      : answers.filter((a) => a.text.trim().length > 0);
  return {
    meeting: presentMeeting(ctx.meeting),
    organization: ctx.organization
      ? {
          id: ctx.organization.id,
          name: ctx.organization.name,
          website: ctx.organization.website,
          sector: ctx.organization.sector,
          size: ctx.organization.size,
          research: ctx.organization.research,
        }
      : null,
    people: ctx.people.map(({ person, introducedBy, organizationName }) => {
      const introducer = introducers.find((i) => i.person.id === introducedBy?.fromPersonId);
      return {
        id: person.id,
        name: person.name,
        title: person.title,
        organizationName,
        profileUrl: person.profileUrl,
        startedAt: person.startedAt,
        tenure: tenureOf(person.startedAt, meetingDay),
        howWeMet: person.howWeMet,
        introducedBy: introducer
          ? { id: introducer.person.id, name: introducer.person.name }
          : null,
      };
    }),
    answers: chosen.map((a) => ({
      key: a.key,
      question: a.question,
      text: a.text,
      words: a.check.words,
      spokenSeconds: a.check.spokenSeconds,
      targetSeconds: a.check.targetSeconds,
      missing: a.check.elements.filter((e) => !e.present).map((e) => e.id),
    })),
    questions: questions.questions,
    listFindings: questions.listFindings,
    checklist:
      ctx.meeting.mode === "video"
        ? VIRTUAL_MEETING_CHECKLIST.map((item) => ({
            ...item,
            done: prep.checklist[item.id] === true,
          }))
        : null,
  };
}
