import type { SyntheticContext, Thing } from './syntheticContext.ts';
import { langOf } from './syntheticContext.ts';
import { nameIn, namesOf } from './syntheticNames.ts';
import { sentences } from './sentences.ts';
import { createZipf, type ZipfSampler } from './zipf.ts';
import { CITIES, COUNTRIES, FIELDS, type Triple } from './vocabulary.ts';

/** The places of the world: countries, their cities (capital first) and districts, with samplers that favour the big ones. */
export interface Places {
  readonly countries: ReadonlyMap<string, Thing>;
  readonly cities: ReadonlyMap<string, readonly Thing[]>;
  /** Cities and districts of each country, capital first. */
  readonly local: ReadonlyMap<string, readonly Thing[]>;
  readonly cityZipf: ReadonlyMap<string, ZipfSampler>;
  readonly localZipf: ReadonlyMap<string, ZipfSampler>;
}

/** Country codes of the two sides, then the others. */
export const COUNTRY_CODES = COUNTRIES.map(([code]) => code);

/** Emits countries, cities and `districts` districts (spread over the cities, the capitals getting most). */
export function buildPlaces(ctx: SyntheticContext, districts: number): Places {
  const { random } = ctx;
  const gazetteer = ctx.book('gazetteer', 'en');
  const countries = new Map<string, Thing>();
  const cities = new Map<string, Thing[]>();
  let serial = 0;
  const place = (country: string, triple: Triple, type: string, parent?: Thing): Thing => {
    const thing: Thing = { id: `place:synthetic-${++serial}`, names: namesOf(triple), country };
    const quote = parent ? sentences.place('en', triple[1], type, nameIn(parent.names, 'en')) : sentences.country('en', triple[1]);
    const citation = gazetteer.cite(quote);
    ctx.entity('PLACE', thing, [citation], { attributes: { type } });
    if (parent) ctx.relate('LOCATED_IN', thing.id, parent.id, citation);
    return thing;
  };
  for (const [code, names, capital] of COUNTRIES) {
    const country = place(code, names, 'country');
    countries.set(code, country);
    const list = [capital, ...(CITIES[code as 'TH' | 'CN'] ?? [])].map((t) => place(code, t, 'city', country));
    cities.set(code, list);
  }
  const local = new Map<string, Thing[]>(COUNTRY_CODES.map((c) => [c, [...(cities.get(c) ?? [])]]));
  const sides = ['TH', 'CN'];
  const allCities = sides.flatMap((c) => cities.get(c) ?? []);
  const cityPick = createZipf(allCities.length, 1.1);
  const perCity = new Map<string, number>();
  for (let i = 0; i < districts; i++) {
    const city = allCities[cityPick.sample(random)] as Thing;
    const n = (perCity.get(city.id) ?? 0) + 1;
    perCity.set(city.id, n);
    const [th, en, zh] = [city.names.th ?? '', city.names.en ?? '', city.names.zh ?? ''];
    const district = place(city.country, [`เขต ${n} ${th}`, `${en} District ${n}`, `${zh}第${n}区`], 'district', city);
    local.get(city.country)?.push(district);
  }
  const zipfOf = (m: Map<string, Thing[]>) => new Map([...m].map(([c, list]) => [c, createZipf(list.length, 1)]));
  return { countries, cities, local, cityZipf: zipfOf(cities), localZipf: zipfOf(local) };
}

const VENUE_TYPES: readonly Triple[] = [
  ['โรงแรม', 'hotel', '酒店'],
  ['ศูนย์ประชุม', 'convention centre', '会议中心'],
];
const VISIT_TYPES: readonly Triple[] = [
  ['สถานีวิจัย', 'research station', '研究站'],
  ['แปลงสาธิต', 'demonstration farm', '示范农场'],
  ['อุทยานวิทยาศาสตร์', 'science park', '科技园'],
  ['ห้องปฏิบัติการ', 'laboratory', '实验室'],
  ['ศูนย์เรียนรู้ชุมชน', 'community learning centre', '社区学习中心'],
];
const VENUE_WORDS: readonly Triple[] = [
  ['แกรนด์', 'Grand', '大'],
  ['ริเวอร์ไซด์', 'Riverside', '滨江'],
  ['การ์เด้น', 'Garden', '花园'],
  ['เซ็นทรัล', 'Central', '中央'],
];

/** A site: a venue for meetings or a field-visit site, with the agency that runs it if any. */
export interface Site extends Thing {
  readonly operator?: Thing;
}

/** Emits `count` sites (about a third of them venues) in the places of each side, run now and then by a local agency. */
export function buildSites(
  ctx: SyntheticContext,
  places: Places,
  count: number,
  agencyOf: (country: string) => Thing,
): { venues: Map<string, Site[]>; visits: Map<string, Site[]> } {
  const { random } = ctx;
  const venues = new Map<string, Site[]>();
  const visits = new Map<string, Site[]>();
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  for (let i = 1; i <= count; i++) {
    const roll = random.next();
    const country = roll < 0.5 ? 'TH' : roll < 0.95 ? 'CN' : random.pick(COUNTRY_CODES.slice(2));
    const where = (places.local.get(country) ?? [])[places.localZipf.get(country)?.sample(random) ?? 0] as Thing;
    const venue = random.chance(0.3);
    const type = random.pick(venue ? VENUE_TYPES : VISIT_TYPES);
    const word = venue ? random.pick(VENUE_WORDS) : random.pick(FIELDS);
    const [pth, pen, pzh] = [where.names.th ?? '', where.names.en ?? '', where.names.zh ?? ''];
    const triple: Triple = [
      country === 'TH' ? `${type[0]}${word[0]} ${pth}` : '',
      `${pen} ${word[1]} ${capital(type[1])}`,
      country === 'CN' ? `${pzh}${word[2]}${type[2]}` : '',
    ];
    const operator = !venue && random.chance(0.5) ? agencyOf(country) : undefined;
    const site: Site = { id: `site:synthetic-${i}`, names: namesOf(triple), country, ...(operator ? { operator } : {}) };
    const lang = langOf(country);
    const citation = ctx
      .book('gazetteer', lang)
      .cite(sentences.site(lang, nameIn(site.names, lang), nameIn(where.names, lang), operator && nameIn(operator.names, lang)));
    ctx.entity('SITE', site, [citation], { attributes: { type: type[1] } });
    ctx.relate('LOCATED_IN', site.id, where.id, citation);
    if (operator) ctx.relate('OPERATES', operator.id, site.id, citation);
    const into = venue ? venues : visits;
    const list = into.get(country) ?? [];
    list.push(site);
    into.set(country, list);
  }
  return { venues, visits };
}
