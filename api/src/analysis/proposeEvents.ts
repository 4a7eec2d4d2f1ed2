import type { EntityKind } from '../../../common/kinds.ts';
import { clauseAt, cues, mentionAfter, mentionsIn, nearestBefore, propose, type RelationContext } from './relationContext.ts';
import type { Mention } from './types.ts';

const ACTORS: readonly EntityKind[] = ['PERSON', 'AGENCY'];
const EVENTS: readonly EntityKind[] = ['MEETING'];
const CHAIR = /เป็นประธาน(?!ร่วม)|ทำหน้าที่ประธาน|\bchaired\b|\bpresided over\b|主持/u;
const CO_CHAIR = /ประธานร่วม|\bco-chair(?:ed)?\b|共同主持|联合主席/u;
const ATTEND = /เข้าร่วม|ร่วมประชุม|\battended\b|\bjoined\b|\btook part in\b|出席|参加/u;
const VISIT = /ศึกษาดูงาน|เยี่ยมชม|ดูงาน|เดินทางเยือน|\bvisited\b|\bpaid a visit to\b|参观|考察|访问/u;
const SIGN = /ลงนาม|\bsigned\b|签署|签订/u;
const AGREEMENT = /บันทึกความ(?:เข้าใจ|ร่วมมือ)|ความตกลง|ข้อตกลง|สัญญา|MoU|MOU|agreement|memorandum|协议|备忘录|协定|合同/iu;
const AT = /(?:^|\s)(?:ณ|at|in)\s+|在|于/gu;
const BETWEEN = /ระหว่าง|\bbetween\b/u;

/** The meeting a clause speaks of: one inside it, else the nearest before it in the paragraph. */
function meetingFor(ctx: RelationContext, clause: { start: number; end: number }): number | undefined {
  return mentionsIn(ctx, clause, EVENTS)[0] ?? nearestBefore(ctx, clause.start, EVENTS);
}

/**
 * Relationships read from cue words in one clause: chaired, co-chaired, attended, visited,
 * signed with; a meeting held at a site, of a committee, between two parties.
 */
export function proposeEvents(ctx: RelationContext): void {
  const { text, mentions } = ctx;
  for (const cue of cues(text, CHAIR)) {
    const clause = clauseAt(ctx, cue.start);
    // `chaired by X`: the chair may be named after the cue.
    const passive = /^\s+by\b/u.test(text.slice(cue.end));
    const person = passive
      ? mentionsIn(ctx, { start: cue.end, end: clause.end }, ['PERSON'])[0]
      : mentionsIn(ctx, { start: clause.start, end: cue.start }, ['PERSON'])[0];
    const meeting = meetingFor(ctx, clause);
    if (person !== undefined && meeting !== undefined)
      propose(ctx, 'CHAIRED', person, meeting, cue.start, 'chaired: เป็นประธาน / chaired / 主持');
  }
  for (const cue of cues(text, CO_CHAIR)) {
    const clause = clauseAt(ctx, cue.start);
    const meeting = meetingFor(ctx, clause);
    if (meeting === undefined) continue;
    for (const person of mentionsIn(ctx, clause, ['PERSON']))
      propose(ctx, 'CO_CHAIRED', person, meeting, cue.start, 'co-chaired: ประธานร่วม / co-chaired / 共同主持');
  }
  for (const cue of cues(text, ATTEND)) {
    const clause = clauseAt(ctx, cue.start);
    const before = { start: clause.start, end: cue.start };
    const subject = mentionsIn(ctx, before, ['PERSON'])[0] ?? mentionsIn(ctx, before, ACTORS).pop();
    const meeting = mentionsIn(ctx, { start: cue.start, end: clause.end }, EVENTS)[0] ?? nearestBefore(ctx, clause.start, EVENTS);
    if (subject !== undefined && meeting !== undefined)
      propose(ctx, 'ATTENDED', subject, meeting, cue.start, 'attended: เข้าร่วม / ร่วมประชุม / attended / 出席');
  }
  for (const cue of cues(text, VISIT)) {
    const clause = clauseAt(ctx, cue.start);
    const before = { start: clause.start, end: cue.start };
    const subject = mentionsIn(ctx, before, ['PERSON'])[0] ?? mentionsIn(ctx, before, ACTORS).pop();
    const after = { start: cue.end, end: clause.end };
    const site = mentionsIn(ctx, after, ['SITE'])[0] ?? mentionsIn(ctx, after, ['AGENCY', 'PLACE'])[0];
    if (subject !== undefined && site !== undefined)
      propose(ctx, 'VISITED', subject, site, cue.start, 'visited: ศึกษาดูงาน / visited / 参观');
  }
  for (const cue of cues(text, SIGN)) {
    const clause = clauseAt(ctx, cue.start);
    if (!AGREEMENT.test(clause.text)) continue;
    // `A signed … with B` / `A ลงนาม…กับ B`; else `between A and B`, or the first two parties of the clause.
    const before = { start: clause.start, end: cue.start };
    const signer = mentionsIn(ctx, before, ['PERSON'])[0] ?? mentionsIn(ctx, before, ACTORS).pop();
    const withCue = /กับ|\bwith\b/u.exec(text.slice(cue.end, clause.end));
    const counterpart = withCue ? mentionsIn(ctx, { start: cue.end + withCue.index, end: clause.end }, ACTORS)[0] : undefined;
    const between = BETWEEN.exec(clause.text);
    const from = between ? clause.start + between.index : clause.start;
    const [a, b] =
      signer !== undefined && counterpart !== undefined ? [signer, counterpart] : mentionsIn(ctx, { start: from, end: clause.end }, ACTORS);
    if (a !== undefined && b !== undefined)
      propose(ctx, 'SIGNED_WITH', a, b, cue.start, 'signed with: ลงนาม / signed / 签署 with an agreement word');
  }
  mentions.forEach((m, i) => {
    if (m.kind !== 'MEETING') return;
    for (const committee of mentionsIn(ctx, m, ['COMMITTEE']))
      propose(ctx, 'OF_COMMITTEE', i, committee, m.start, 'of committee: a committee named in the meeting');
    const clause = clauseAt(ctx, m.start);
    for (const at of cues(clause.text, AT)) {
      const site = mentionAfter(ctx, clause.start + at.end, ['SITE'], 0);
      if (site !== undefined && (mentions[site] as Mention).start >= m.end) {
        propose(ctx, 'HELD_AT', i, site, m.start, 'held at: ณ / at / 在 a site');
        break;
      }
    }
    const between = BETWEEN.exec(text.slice(m.end, clause.end));
    if (between) {
      const target = mentionsIn(ctx, m, ['COMMITTEE'])[0] ?? i;
      const start = m.end + between.index + between[0].length;
      const parties = mentionsIn(ctx, { start, end: clause.end }, ['AGENCY', 'PLACE']).filter(
        (p) => (mentions[p] as Mention).kind === 'AGENCY',
      );
      for (const p of parties.slice(0, 2))
        propose(ctx, 'PARTY_TO', p, target, m.start, 'party to: ระหว่าง / between after a meeting or committee');
    }
  });
}
