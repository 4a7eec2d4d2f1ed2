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
const HOST = /เจ้าภาพ|ร่วมจัด|จัดโดย|\b(?:hosted|organi[sz]ed|co-organi[sz]ed) by\b|\bhosted\b|主办|承办|协办/u;

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
    // The domain records a co-chair as CHAIRED with the role `co-chair`, as the atlas's reviewers did.
    for (const person of mentionsIn(ctx, clause, ['PERSON']))
      propose(ctx, 'CHAIRED', person, meeting, cue.start, 'co-chaired: ประธานร่วม / co-chaired / 共同主持', { role: 'co-chair' });
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
  // The domain has no "signed with": a signing is an event its signers attended (as the atlas records it).
  for (const cue of cues(text, SIGN)) {
    const clause = clauseAt(ctx, cue.start);
    if (!AGREEMENT.test(clause.text)) continue;
    const event = mentionsIn(ctx, clause, EVENTS)[0];
    if (event === undefined) continue;
    const between = BETWEEN.exec(clause.text);
    const from = between ? clause.start + between.index : clause.start;
    const signers = mentionsIn(ctx, { start: clause.start, end: clause.end }, ACTORS).filter(
      // An acronym given in parentheses repeats the name before it.
      (a) =>
        ((mentions[a] as Mention).start >= from || (mentions[a] as Mention).kind === 'PERSON') &&
        !/[(（]\s*$/u.test(text.slice(Math.max(0, (mentions[a] as Mention).start - 2), (mentions[a] as Mention).start)),
    );
    for (const signer of signers.slice(0, 4))
      propose(ctx, 'ATTENDED', signer, event, cue.start, 'attended a signing: ลงนาม / signed / 签署 with an agreement word', {
        role: 'signatory',
      });
  }
  for (const cue of cues(text, HOST)) {
    const clause = clauseAt(ctx, cue.start);
    const event = meetingFor(ctx, clause);
    // `主办单位：A、B`, `เจ้าภาพ A` name the host after the cue; `A ร่วมจัด…` before it.
    const after = mentionsIn(ctx, { start: cue.end, end: clause.end }, ['AGENCY']);
    // `由A和B共同主办`: every body after `由` (by) hosts.
    const by = /由|โดย|\bby\b/u.exec(text.slice(clause.start, cue.start));
    const before = mentionsIn(ctx, { start: by ? clause.start + by.index : clause.start, end: cue.start }, ACTORS);
    const hosts = /^[\s:：单位方]*$/u.test(text.slice(cue.end, (mentions[after[0] ?? -1] as Mention | undefined)?.start ?? cue.end + 99))
      ? after.slice(0, 3)
      : by
        ? before.slice(0, 3)
        : before.slice(-1);
    if (event !== undefined)
      for (const host of hosts)
        propose(ctx, 'ATTENDED', host, event, cue.start, 'attended as host: เจ้าภาพ / ร่วมจัด / hosted / 主办 / 承办', { role: 'host' });
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
