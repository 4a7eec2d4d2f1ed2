import type { SyntheticContext, Thing } from './syntheticContext.ts';
import { langOf } from './syntheticContext.ts';
import { acronymOf, dateOfDay, nameIn, namesOf, personName } from './syntheticNames.ts';
import { sentences } from './sentences.ts';
import { COUNTRY_CODES, type Places } from './worldPlaces.ts';
import { createZipf, type ZipfSampler } from './zipf.ts';
import { FIELDS, TITLES, type Triple } from './vocabulary.ts';

/** People or agencies of each country, with a sampler that favours the first (the hubs). */
export interface Roster {
  readonly byCountry: ReadonlyMap<string, readonly Thing[]>;
  readonly zipf: ReadonlyMap<string, ZipfSampler>;
}

/** How strongly draws favour the first members of a roster (Zipf exponent): a few hubs take part in much. */
const ROSTER_SKEW = 1.15;

/** Draws one member of a country's roster, hubs first. */
export function drawFrom(roster: Roster, country: string, random: SyntheticContext['random']): Thing {
  const list = roster.byCountry.get(country) ?? [];
  return list[roster.zipf.get(country)?.sample(random) ?? 0] as Thing;
}

/** How `total` is shared out: 45 % each to Thailand and China, the rest among the other countries (at least one each). */
export function shareByCountry(total: number): Map<string, number> {
  const others = COUNTRY_CODES.length - 2;
  return new Map(COUNTRY_CODES.map((c, i) => [c, i < 2 ? Math.round(total * 0.45) : Math.max(1, Math.round((total * 0.1) / others))]));
}

const TYPES: Readonly<Record<string, Triple>> = {
  ministry: ['กระทรวง', 'ministry', '部委'],
  agency: ['หน่วยงานของรัฐ', 'government agency', '政府机构'],
  'research centre': ['ศูนย์วิจัย', 'research centre', '研究中心'],
  institute: ['สถาบันวิจัย', 'research institute', '研究所'],
  university: ['มหาวิทยาลัย', 'university', '大学'],
  'community enterprise': ['วิสาหกิจชุมชน', 'community enterprise', '社区企业'],
};

function agencyNames(type: string, f: Triple, p: Thing): Triple {
  const [pth, pen, pzh] = [p.names.th ?? '', p.names.en ?? '', p.names.zh ?? ''];
  switch (type) {
    case 'ministry':
      return [`กระทรวง${f[0]}`, `Ministry of ${f[1]}`, `${f[2]}部`];
    case 'agency':
      return [`สำนักงาน${f[0]}แห่งชาติ`, `National Office of ${f[1]}`, `国家${f[2]}局`];
    case 'research centre':
      return [`ศูนย์วิจัย${f[0]}${pth}`, `${pen} ${f[1]} Research Centre`, `${pzh}${f[2]}研究中心`];
    case 'institute':
      return [`สถาบัน${f[0]}`, `Institute of ${f[1]}`, `${f[2]}研究所`];
    case 'university':
      return [`มหาวิทยาลัย${f[0]}${pth}`, `${pen} University of ${f[1]}`, `${pzh}${f[2]}大学`];
    default:
      return [`วิสาหกิจชุมชน${f[0]}${pth}`, `${pen} ${f[1]} Community Enterprise`, ''];
  }
}

/**
 * Emits `count` agencies in hierarchies: a few ministries per country, every other agency part of
 * one chosen by preferential attachment (so a few parents have many units), based in a city.
 */
export function buildAgencies(ctx: SyntheticContext, places: Places, count: number): Roster {
  const { random } = ctx;
  const byCountry = new Map<string, Thing[]>();
  let serial = 0;
  for (const [country, n] of shareByCountry(count)) {
    const lang = langOf(country);
    const book = ctx.book('directory', lang);
    const tops = country === 'TH' || country === 'CN' ? Math.max(2, Math.round(n * 0.03)) : 1;
    const list: Thing[] = [];
    const depth: number[] = [];
    const parentOf: number[] = [];
    const urn: number[] = [];
    for (let i = 0; i < n; i++) {
      let parent = -1;
      let type = 'ministry';
      if (i >= tops) {
        parent = urn[Math.floor(random.next() * urn.length)] as number;
        while ((depth[parent] as number) >= 3) parent = parentOf[parent] as number;
        const roll = random.next();
        type =
          roll < 0.3
            ? 'agency'
            : roll < 0.55
              ? 'research centre'
              : roll < 0.7
                ? 'institute'
                : roll < 0.85
                  ? 'university'
                  : 'community enterprise';
        if (type === 'community enterprise' && country !== 'TH') type = 'research centre';
      }
      const field = type === 'ministry' ? (FIELDS[(i * 7) % FIELDS.length] as Triple) : random.pick(FIELDS);
      const city = (places.cities.get(country) ?? [])[places.cityZipf.get(country)?.sample(random) ?? 0] as Thing;
      const [th, en, zh] = agencyNames(type, field, city);
      const triple: Triple = [country === 'TH' ? th : '', en, country === 'CN' || (country === 'TH' && random.chance(0.2)) ? zh : ''];
      const agency: Thing = { id: `agency:synthetic-${++serial}`, names: namesOf(triple), country };
      const acronym = acronymOf(en);
      const year = random.int(1950, 2020);
      const printed = nameIn(agency.names, lang);
      const intro = book.cite(sentences.agencyIntro(lang, printed, acronym, (TYPES[type] as Triple)[langIndex(lang)], year), [
        'foundedYear',
      ]);
      ctx.entity('AGENCY', agency, [intro], { aliases: [acronym], attributes: { type, foundedYear: year } });
      if (parent >= 0) {
        const up = list[parent] as Thing;
        ctx.relate('PART_OF', agency.id, up.id, book.cite(sentences.partOf(lang, printed, nameIn(up.names, lang))));
        urn.push(parent);
      }
      ctx.relate('BASED_IN', agency.id, city.id, book.cite(sentences.basedIn(lang, printed, nameIn(city.names, lang))));
      list.push(agency);
      depth.push(parent >= 0 ? (depth[parent] as number) + 1 : 0);
      parentOf.push(parent);
      urn.push(i);
    }
    byCountry.set(country, list);
  }
  return { byCountry, zipf: new Map([...byCountry].map(([c, list]) => [c, createZipf(list.length, ROSTER_SKEW)])) };
}

function langIndex(lang: string): 0 | 1 | 2 {
  return lang === 'th' ? 0 : lang === 'zh' ? 2 : 1;
}

const CAREER_START = Date.UTC(1970, 0, 1) / 86_400_000;
const TODAY = Date.UTC(2025, 5, 30) / 86_400_000;

/**
 * Emits `count` people, each with a career of one to four positions in agencies of their
 * country (big agencies hire most), dated and titled, and moving on every few years.
 */
export function buildPeople(ctx: SyntheticContext, agencies: Roster, count: number): Roster {
  const { random } = ctx;
  const byCountry = new Map<string, Thing[]>();
  let serial = 0;
  for (const [country, n] of shareByCountry(count)) {
    const lang = langOf(country);
    const book = ctx.book('directory', lang);
    const list: Thing[] = [];
    for (let i = 0; i < n; i++) {
      const person: Thing = { id: `person:synthetic-${++serial}`, names: personName(random, country), country };
      const printed = nameIn(person.names, lang);
      const positions = 1 + (random.chance(0.55) ? 1 : 0) + (random.chance(0.3) ? 1 : 0) + (random.chance(0.15) ? 1 : 0);
      let day = Math.floor(CAREER_START + random.next() * (TODAY - CAREER_START - 3 * 365));
      const held = new Set<string>();
      let first: ReturnType<typeof book.cite> | undefined;
      for (let p = 0; p < positions && day < TODAY; p++) {
        const agency = drawFrom(agencies, country, random);
        const title = random.pick(TITLES);
        const start = dateOfDay(day - (day % 30));
        const endDay = day + random.int(2 * 365, 9 * 365);
        const end = endDay < TODAY ? dateOfDay(endDay - (endDay % 30)) : undefined;
        const titleNames = namesOf([country === 'TH' ? title[0] : '', title[1], country === 'CN' ? title[2] : '']);
        const citation = book.cite(sentences.position(lang, printed, nameIn(titleNames, lang), nameIn(agency.names, lang), start, end));
        first ??= citation;
        ctx.relate('HOLDS_POSITION', person.id, agency.id, citation, {
          ...(held.has(agency.id) ? { key: start.slice(0, 4) } : {}),
          attributes: { title: titleNames, startDate: start, ...(end ? { endDate: end } : {}) },
        });
        held.add(agency.id);
        day = endDay;
      }
      ctx.entity('PERSON', person, [first as NonNullable<typeof first>]);
      list.push(person);
    }
    byCountry.set(country, list);
  }
  return { byCountry, zipf: new Map([...byCountry].map(([c, list]) => [c, createZipf(list.length, ROSTER_SKEW)])) };
}
