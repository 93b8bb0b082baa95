import type { MeetingBriefView } from "../../../shared/api/prepare.ts";
import { elementLabel } from "./answer-guide.ts";
import { spokenRange, targetRange } from "./answer-status.ts";
import classes from "./BriefPage.module.css";
import { tenureLine } from "./meeting-text.ts";
import { isForbidden, levelLabel, ruleInfo } from "./question-labels.ts";

type Brief = MeetingBriefView;

/** Who: title, tenure and its M9 question, how you met, who introduced you. */
export function BriefPeople({ brief }: { brief: Brief }) {
  return (
    <section className={classes.section} aria-labelledby="brief-people">
      <h2 className={classes.h2} id="brief-people">
        Who you are meeting
      </h2>
      {brief.people.map((p) => (
        <div key={p.id} style={{ marginBottom: 8 }}>
          <h3 className={classes.h3}>{p.name}</h3>
          {(p.title || p.organizationName) && (
            <div>{[p.title, p.organizationName].filter(Boolean).join(", ")}</div>
          )}
          <div className={classes.meta}>{tenureLine(p, brief.meeting.scheduledAt)}</div>
          {p.howWeMet && <div className={classes.meta}>How you met: {p.howWeMet}</div>}
          <div className={classes.meta}>
            {p.introducedBy ? `Introduced by ${p.introducedBy.name}` : "No introduction recorded"}
          </div>
          {p.profileUrl && <div className={classes.meta}>{p.profileUrl}</div>}
        </div>
      ))}
    </section>
  );
}

/** The organization and the research notes: what not to ask about (M7). */
export function BriefOrganization({ brief }: { brief: Brief }) {
  const org = brief.organization;
  return (
    <section className={classes.section} aria-labelledby="brief-org">
      <h2 className={classes.h2} id="brief-org">
        The organization
      </h2>
      {!org ? (
        <div className={classes.meta}>No organization on this meeting.</div>
      ) : (
        <>
          <h3 className={classes.h3}>{org.name}</h3>
          <div className={classes.meta}>
            {[org.sector, org.size && `size ${org.size}`, org.website].filter(Boolean).join(" · ")}
          </div>
          <div style={{ marginTop: 6 }}>
            <strong>Research notes</strong>{" "}
            <span className={classes.meta}>(already known: do not ask, M7)</span>
          </div>
          <p className={classes.pre}>{org.research || "None yet."}</p>
        </>
      )}
    </section>
  );
}

/** The answers chosen for this meeting, with how long each takes to say (M4, A1–A6). */
export function BriefAnswers({ brief }: { brief: Brief }) {
  return (
    <section className={`${classes.section} ${classes.long}`} aria-labelledby="brief-answers">
      <h2 className={classes.h2} id="brief-answers">
        Your answers
      </h2>
      {brief.answers.length === 0 && (
        <div className={classes.meta}>
          No answers chosen for this meeting: pick them under “Answers to rehearse”.
        </div>
      )}
      {brief.answers.map((a) => (
        <article key={a.key} className={classes.answer}>
          <h3 className={classes.h3}>{a.question}</h3>
          <div className={classes.meta}>
            {a.words} words · ≈ {spokenRange(a.spokenSeconds)} spoken · target{" "}
            {targetRange(a.targetSeconds)}
          </div>
          {a.missing.length > 0 && (
            <div className={classes.flag}>Missing: {a.missing.map(elementLabel).join("; ")}</div>
          )}
          <p className={classes.answerText}>{a.text || "Not written yet."}</p>
        </article>
      ))}
    </section>
  );
}

/** The questions in order (M8), the level small, problems flagged (M7, M9, M10). */
export function BriefQuestions({ brief }: { brief: Brief }) {
  return (
    <section className={`${classes.section} ${classes.long}`} aria-labelledby="brief-questions">
      <h2 className={classes.h2} id="brief-questions">
        Your questions
      </h2>
      <div className={classes.meta} style={{ marginBottom: 6 }}>
        High level first, then drill down (M8). Comment on what they say before the next question
        (M5). At the end, ask who else you should speak with (M1).
      </div>
      {brief.questions.length === 0 ? (
        <div className={classes.meta}>No questions yet.</div>
      ) : (
        <ol className={classes.questions}>
          {brief.questions.map((q, i) => (
            <li key={q.id ?? i}>
              {q.text}
              <span className={classes.level}>{levelLabel(q.level)}</span>
              {q.findings.map((f) => (
                <div key={f.rule} className={isForbidden(f.rule) ? classes.flag : classes.meta}>
                  {ruleInfo(f.rule).label} ({ruleInfo(f.rule).method})
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** M5, for video meetings: the checklist with what is already done. */
export function BriefChecklist({ items }: { items: NonNullable<Brief["checklist"]> }) {
  return (
    <section className={classes.section} aria-labelledby="brief-checklist">
      <h2 className={classes.h2} id="brief-checklist">
        Video call checklist (M5)
      </h2>
      <ul className={classes.checklist}>
        {items.map((item) => (
          <li key={item.id}>
            <span className={classes.box} aria-hidden="true">
              {item.done ? "✓" : ""}
            </span>
            <span>
              <span className="visually-hidden">{item.done ? "Done: " : "To do: "}</span>
              {item.text} <span className={classes.meta}>— {item.why}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
