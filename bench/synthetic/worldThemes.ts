import type { SyntheticContext, Thing } from './syntheticContext.ts';
import { langOf } from './syntheticContext.ts';
import { nameIn, namesOf } from './syntheticNames.ts';
import { sentences } from './sentences.ts';
import { drawFrom, type Roster } from './worldActors.ts';
import { createZipf, sampleDistinct, type ZipfSampler } from './zipf.ts';
import { COUNTRIES, FIELDS, QUALIFIERS, type Triple } from './vocabulary.ts';

/** Topics, the popular ones first. */
export interface Topics {
  readonly list: readonly Thing[];
  readonly zipf: ZipfSampler;
}

/** The most topics the vocabulary can name: every field alone, then with each qualifier. */
export const MAX_TOPICS = FIELDS.length * (QUALIFIERS.length + 1);

/** Emits `count` topics: the fields first, then fields narrowed by a qualifier. */
export function buildTopics(ctx: SyntheticContext, count: number): Topics {
  const thesaurus = ctx.book('thesaurus', 'en');
  const list: Thing[] = [];
  for (let i = 0; i < Math.min(count, MAX_TOPICS); i++) {
    const field = FIELDS[i % FIELDS.length] as Triple;
    const q = i < FIELDS.length ? undefined : (QUALIFIERS[Math.floor(i / FIELDS.length) - 1] as Triple);
    const triple: Triple = q ? [`${field[0]} (${q[0]})`, `${field[1]} (${q[1]})`, `${q[2]}${field[2]}`] : field;
    const topic: Thing = { id: `topic:synthetic-${i + 1}`, names: namesOf(triple), country: '' };
    ctx.entity('TOPIC', topic, [thesaurus.cite(sentences.topic(...triple))], { country: false });
    list.push(topic);
  }
  return { list, zipf: createZipf(list.length, 1) };
}

/** Emits `count` programmes, each run by an agency, focused on a few topics and joined by a few agencies. */
export function buildPrograms(ctx: SyntheticContext, agencies: Roster, topics: Topics, count: number): void {
  const { random } = ctx;
  for (let i = 1; i <= count; i++) {
    const country = random.chance(0.5) ? 'TH' : 'CN';
    const lang = langOf(country);
    const operator = drawFrom(agencies, country, random);
    const focus = sampleDistinct(topics.zipf, random, random.int(1, 3)).map((r) => topics.list[r] as Thing);
    const partners = [
      ...new Map(
        Array.from({ length: random.int(1, 4) }, () => drawFrom(agencies, random.chance(0.5) ? 'TH' : 'CN', random)).map((a) => [a.id, a]),
      ).values(),
    ].filter((a) => a.id !== operator.id);
    const f = focus[0]?.names ?? {};
    const program: Thing = {
      id: `program:synthetic-${i}`,
      names: namesOf([`โครงการความร่วมมือด้าน${f.th} ${i}`, `${f.en} Cooperation Programme ${i}`, `${f.zh}合作项目${i}`]),
      country,
    };
    const n = (t: Thing) => nameIn(t.names, lang);
    const citation = ctx
      .book('register', lang)
      .cite(sentences.program(lang, n(program), n(operator), focus.map(n), partners.length ? partners.map(n) : [n(operator)]));
    ctx.entity('PROGRAM', program, [citation]);
    ctx.relate('OPERATES', operator.id, program.id, citation);
    for (const t of focus) ctx.relate('FOCUSES_ON', program.id, t.id, citation);
    for (const a of partners) ctx.relate('PARTICIPATES_IN', a.id, program.id, citation);
  }
}

/** A standing committee: its parties' countries and the year it was set up. */
export interface Committee extends Thing {
  readonly countries: readonly string[];
  readonly established: number;
  readonly serial: number;
}

/**
 * Emits `count` committees, the older ones first, each set up by an agency of each side (and
 * of a third country now and then), named after a topic.
 */
export function buildCommittees(ctx: SyntheticContext, agencies: Roster, topics: Topics, count: number): Committee[] {
  const { random } = ctx;
  const out: Committee[] = [];
  const thirds = COUNTRIES.slice(2);
  for (let i = 0; i < count; i++) {
    const topic = topics.list[i % topics.list.length] as Thing;
    const round = Math.floor(i / topics.list.length);
    const third = random.chance(0.12) ? random.pick(thirds) : undefined;
    const suffix = round > 0 ? ` ${round + 1}` : '';
    const t = topic.names;
    const names = namesOf([
      `คณะกรรมการร่วมไทย-จีน${third ? `-${third[1][0]}` : ''}ด้าน${t.th}${suffix}`,
      `Thai–Chinese${third ? `–${third[1][1]}` : ''} Joint Committee on ${t.en}${suffix}`,
      `中泰${third ? third[1][2] : ''}${t.zh}联合委员会${suffix}`,
    ]);
    const countries = ['TH', 'CN', ...(third ? [third[0]] : [])];
    const established = 1978 + Math.min(44, Math.floor(44 * Math.sqrt(i / Math.max(1, count)) + random.int(0, 3)));
    const committee: Committee = { id: `committee:synthetic-${i + 1}`, names, country: 'TH', countries, established, serial: i + 1 };
    const parties = [
      ...new Map(
        countries
          .map((c) => drawFrom(agencies, c, random))
          .concat(random.chance(0.4) ? [drawFrom(agencies, random.pick(['TH', 'CN']), random)] : [])
          .map((a) => [a.id, a]),
      ).values(),
    ];
    const citation = ctx.book('register', 'en').cite(
      sentences.committee(
        'en',
        nameIn(names, 'en'),
        established,
        parties.map((p) => nameIn(p.names, 'en')),
      ),
      ['establishedYear'],
    );
    ctx.entity('COMMITTEE', committee, [citation], { attributes: { establishedYear: established }, country: false });
    for (const p of parties) ctx.relate('PARTY_TO', p.id, committee.id, citation);
    out.push(committee);
  }
  return out;
}
