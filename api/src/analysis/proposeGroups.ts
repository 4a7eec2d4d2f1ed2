import type { EntityKind } from '../../../common/kinds.ts';
import { clauseAt, cues, mentionAfter, mentionsIn, nearestBefore, propose, type RelationContext } from './relationContext.ts';
import type { Mention } from './types.ts';

const ACTORS: readonly EntityKind[] = ['PERSON', 'AGENCY'];
const GROUPS: readonly EntityKind[] = ['WORKING_GROUP', 'COMMITTEE'];
const CONSISTS = /ประกอบด้วย|\bconsist(?:s|ing) of\b|\bcompris(?:es|ing)\b|\bcomposed of\b|成员包括|组成/u;
const TOGETHER = /พร้อมด้วย|\btogether with\b|\balong with\b/u;
const WITH = /ร่วมกับ|\bwith\b|与|同/u;
const MEETING_WORD = /ประชุม|meeting|会议|会谈/iu;
const COORDINATE = /เป็นแกนกลางประสาน|เป็นผู้ประสานงาน|ประสานงานกับ|\bcoordinat(?:e|or|ing) with\b|对接|牵头/u;
// Members listed one after another: `สอวช. และ วว.`, `A, B and C`, `A、B和C`.
const LIST_JOIN = /^\s*(?:,|，|、|และ|and|和|及)?\s*(?:และ|and)?\s*$/u;

/** Members listed right after an offset, joined by commas and `และ` / `and` / `和`. */
function listedAfter(ctx: RelationContext, offset: number, end: number): number[] {
  const out: number[] = [];
  let at = offset;
  for (const i of mentionsIn(ctx, { start: offset, end }, ACTORS)) {
    const m = ctx.mentions[i] as Mention;
    if (!LIST_JOIN.test(ctx.text.slice(at, m.start))) break;
    out.push(i);
    at = m.end;
  }
  return out;
}

/**
 * Relationships of groups: members listed after `ประกอบด้วย` / `consisting of`, people and bodies
 * `พร้อมด้วย` (together with) a working group or meeting `ร่วมกับ` (with) it, the working groups
 * a meeting lists and the topics they are named after, and bodies proposed to coordinate.
 */
export function proposeGroups(ctx: RelationContext): void {
  const { text, mentions } = ctx;
  for (const cue of cues(text, CONSISTS)) {
    const clause = clauseAt(ctx, cue.start);
    const group = mentionsIn(ctx, { start: clause.start, end: cue.start }, GROUPS).pop();
    if (group === undefined) continue;
    for (const member of listedAfter(ctx, cue.end, clause.end))
      propose(ctx, 'MEMBER_OF', member, group, cue.start, 'member of: ประกอบด้วย / consisting of');
  }
  for (const cue of cues(text, TOGETHER)) {
    // `พร้อมด้วยคณะทำงาน “…”`: the group word and an opening quotation mark may stand before the name.
    const lead = /^\s*(?:คณะทำงาน|the working group|working group|工作组)?\s*[“"「]?/u.exec(text.slice(cue.end))?.[0] ?? '';
    const group = mentionAfter(ctx, cue.end + lead.length, ['WORKING_GROUP'], 0);
    if (group === undefined) continue;
    const clause = clauseAt(ctx, cue.start);
    const person = mentionsIn(ctx, { start: clause.start, end: cue.start }, ['PERSON'])[0];
    const body = mentionsIn(ctx, { start: clause.start, end: cue.start }, ['AGENCY']).pop();
    for (const member of [person, body])
      if (member !== undefined) propose(ctx, 'MEMBER_OF', member, group, cue.start, 'member of: together with a working group');
  }
  for (const cue of cues(text, WITH)) {
    const clause = clauseAt(ctx, cue.start);
    if (!MEETING_WORD.test(text.slice(clause.start, cue.start))) continue;
    const group = mentionsIn(ctx, { start: clause.start, end: cue.start }, ['WORKING_GROUP']).pop();
    if (group === undefined) continue;
    for (const person of mentionsIn(ctx, { start: cue.end, end: clause.end }, ['PERSON']))
      propose(ctx, 'MEMBER_OF', person, group, cue.start, 'member of: met with, in a working group');
  }
  mentions.forEach((m, i) => {
    if (m.kind !== 'WORKING_GROUP' || !m.rule.includes('list item')) return;
    const meeting = nearestBefore(ctx, m.start, ['MEETING']);
    if (meeting !== undefined)
      propose(ctx, 'HAS_WORKING_GROUP', meeting, i, m.start, 'has working group: a working group listed after a meeting', {
        number: m.attributes.number ?? '',
      });
    const topic = mentions.findIndex((t) => t.kind === 'TOPIC' && t.start === m.start && t.end === m.end);
    if (topic !== -1) propose(ctx, 'FOCUSES_ON', i, topic, m.start, 'focuses on: a working group named after its topic');
  });
  for (const cue of cues(text, COORDINATE)) {
    const clause = clauseAt(ctx, cue.start);
    const subject = mentionsIn(ctx, { start: clause.start, end: cue.start }, ['AGENCY']).pop();
    const other = mentionsIn(ctx, { start: cue.end, end: clause.end }, ['AGENCY'])[0];
    if (subject !== undefined && other !== undefined)
      propose(ctx, 'PROPOSED_AS_COORDINATOR_WITH', subject, other, cue.start, 'coordinator: เป็นแกนกลางประสาน / coordinate with');
  }
}
