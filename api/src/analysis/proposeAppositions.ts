import { positionAt } from './positionAt.ts';
import { mentionAfter, mentionsIn, propose, type RelationContext } from './relationContext.ts';
import type { Mention } from './types.ts';

const BODIES = ['AGENCY', 'COMMITTEE'] as const;
const EMBASSY = /^(?:สถานเอกอัครราชทูต|สถานกงสุล|Embassy|Consulate)|大使馆|领事馆/u;
const THROUGH = /^\s*(?:โดย|ผ่าน|through|via)\s*/u;
// Head words of units inside a larger body; a Thai acronym of three letters or more standing for one is tested by what follows it.
const UNIT = /^(?:ศูนย์|สำนัก(?!งาน)|ฝ่าย|กอง|หน่วย|ภาควิชา|ห้องปฏิบัติการ|[ก-ฮ]{2,5}\.$)|\b(?:Division|Unit|Laboratory|Centre|Center|Department)\b/u;
const UNDER = /^\s*(?:ภายใต้|สังกัด|ในสังกัด|of|under|隶属于?)\s*/u;

/**
 * Relationships read from names printed side by side: a person, a title and a body
 * (`… ปลัดกระทรวง อว.`: holds a position at), a unit and its parent (`ฝ่าย… หน่วย บพท.`: part of),
 * a body with its country in its name (based in), a site and the place after it (located in),
 * and `X โดย Y` (Y acts for X).
 */
export function proposeAppositions(ctx: RelationContext): void {
  const { text, mentions } = ctx;
  mentions.forEach((m, i) => {
    if (m.kind === 'PERSON' && m.rule === 'person: Chinese title before name') {
      // `科技部副部长张广军`: body, title, name.
      const titleStart = m.start - (m.attributes.position ?? '').length;
      const body = mentions.findIndex((b) => b.end === titleStart && (b.kind === 'AGENCY' || b.kind === 'COMMITTEE'));
      if (body !== -1)
        propose(ctx, 'HOLDS_POSITION', i, body, m.start, 'holds a position: body, title, person (Chinese)', {
          title: m.attributes.position ?? '',
        });
    }
    if (m.kind === 'PERSON') {
      const title = positionAt(text, m.end);
      if (!title) return;
      // `Director of the …`, `ผู้อำนวยการของ…`: a linking word may stand between title and body.
      const link = /^\s*,?\s*(?:(?:of|at)\s+(?:the\s+)?|ของ\s*)?/u.exec(text.slice(title.end))?.[0].length ?? 0;
      // A Thai title may end with the first word of the body's name (`ปลัดกระทรวงวิทยาศาสตร์…`).
      const head = /กระทรวง$|กรม$|สำนักงาน$/u.exec(title.text)?.[0].length ?? 0;
      const body = mentionAfter(ctx, title.end + link, BODIES) ?? (head ? mentionAfter(ctx, title.end - head, BODIES, 0) : undefined);
      if (body === undefined) return;
      propose(ctx, 'HOLDS_POSITION', i, body, m.start, 'holds a position: person, title, body', { title: title.text });
      // A unit followed by its parent: `ผู้อำนวยการฝ่าย… หน่วย บพท.`.
      const parent = mentionAfter(ctx, (mentions[body] as Mention).end, ['AGENCY'], 1);
      if (parent !== undefined) propose(ctx, 'PART_OF', body, parent, title.start, 'part of: a unit named before its parent');
      return;
    }
    if (m.kind === 'AGENCY' && m.attributes.partOfPrefix) {
      const parent = mentions.findIndex((p) => p.kind === 'AGENCY' && p.start === m.start && p.text === m.attributes.partOfPrefix);
      if (parent !== -1) propose(ctx, 'PART_OF', i, parent, m.start, 'part of: a unit named after its parent (Chinese)');
    }
    if (m.kind === 'AGENCY') {
      // A unit, its acronym, then its parent and the parent's acronym: `ศูนย์… (ศทร.) สถาบัน… (วว.)`, `ศทร.-วว.`.
      const gap = /^\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:-\s*)?/u.exec(text.slice(m.end))?.[0] ?? '';
      const next = gap.length > 0 && UNIT.test(m.text) ? mentionAfter(ctx, m.end + gap.length, ['AGENCY'], 0) : undefined;
      const acronyms = /^[ก-ฮ]{2,6}\.$/u.test(m.text) && gap.trim() === '-';
      if (next !== undefined && (acronyms || !UNIT.test((mentions[next] as Mention).text)))
        propose(ctx, 'PART_OF', i, next, m.start, 'part of: a unit printed before its parent');
    }
    if (m.kind === 'AGENCY' && !EMBASSY.test(m.text)) {
      // A country printed at the end of a body's name (`…ของไทย`, `… สาธารณรัฐประชาชนจีน`).
      const place = mentionsIn(ctx, m, ['PLACE']).filter((p) => (mentions[p] as Mention).end === m.end);
      for (const p of place) propose(ctx, 'BASED_IN', i, p, m.start, 'based in: country at the end of the name');
      const through = THROUGH.exec(text.slice(m.end));
      if (through) {
        const agent = mentionAfter(ctx, m.end + through[0].length, ['AGENCY'], 0);
        if (agent !== undefined) propose(ctx, 'ACTS_FOR', agent, i, m.start, 'acts for: X โดย Y');
      }
      const under = UNDER.exec(text.slice(m.end));
      if (under) {
        const parent = mentionAfter(ctx, m.end + under[0].length, ['AGENCY'], 0);
        if (parent !== undefined) propose(ctx, 'PART_OF', i, parent, m.start, 'part of: X of / under Y');
      }
    }
    if (m.kind === 'SITE') {
      // A site, then (past a body that runs it) a site or place that holds it.
      let next = mentionAfter(ctx, m.end, ['SITE', 'PLACE', 'AGENCY']);
      if (next !== undefined && (mentions[next] as Mention).kind === 'AGENCY')
        next = mentionAfter(ctx, (mentions[next] as Mention).end, ['SITE', 'PLACE']);
      if (next !== undefined) propose(ctx, 'LOCATED_IN', i, next, m.start, 'located in: site followed by the place that holds it');
    }
  });
}
