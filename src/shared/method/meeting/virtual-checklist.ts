/** One item of the virtual-meeting checklist (M5), with why it matters. */
export type ChecklistItem = { id: string; text: string; why: string };

/**
 * M5: a video meeting gets the same preparation as one in person, plus these. Shown on the
 * brief of every video meeting and ticked off in the meeting's preparation.
 */
export const VIRTUAL_MEETING_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: "dress",
    text: "Dress as you would in person",
    why: "Most of communication is non-verbal (M4).",
  },
  {
    id: "technology",
    text: "Test the technology beforehand: link, camera, microphone, lighting",
    why: "A fumbled start costs the first impression.",
  },
  {
    id: "camera",
    text: "Camera at eye level; look into the camera, not at the face on screen",
    why: "Looking into the lens is what eye contact looks like on their side.",
  },
  {
    id: "sound",
    text: "Practise on video and listen to how you sound",
    why: "Rehearsal shows pace, filler words and volume you do not hear live.",
  },
  {
    id: "handshake",
    text: "Open with a digital handshake: eye contact and pleasantries",
    why: "The same opening as in person sets a human tone.",
  },
  {
    id: "lag",
    text: "Let them finish before you speak",
    why: "Lag makes people talk over each other.",
  },
  {
    id: "comment",
    text: "Comment on what they say before your next question",
    why: "It avoids a mechanical question–answer rhythm.",
  },
];
