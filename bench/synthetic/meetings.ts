import { createSourceBook } from './sourceBook.ts';
import type { SyntheticContext, Thing } from './syntheticContext.ts';
import { langOf } from './syntheticContext.ts';
import { addDays, dateOfDay, nameIn, type SourceLang } from './syntheticNames.ts';
import { sentences } from './sentences.ts';
import { drawFrom, type Roster } from './worldActors.ts';
import type { Site } from './worldPlaces.ts';
import type { Committee, Topics } from './worldThemes.ts';
import { sampleDistinct } from './zipf.ts';

/** What meetings draw on: the world built before them. */
export interface MeetingWorld {
  readonly agencies: Roster;
  readonly people: Roster;
  readonly topics: Topics;
  readonly venues: ReadonlyMap<string, readonly Site[]>;
  readonly visits: ReadonlyMap<string, readonly Site[]>;
}

const LAST_DAY = Date.UTC(2025, 5, 30) / 86_400_000;

function distinct(draw: () => Thing, count: number, exclude: ReadonlySet<string> = new Set()): Thing[] {
  const out = new Map<string, Thing>();
  for (let tries = 0; out.size < count && tries < count * 10; tries++) {
    const t = draw();
    if (!exclude.has(t.id)) out.set(t.id, t);
  }
  return [...out.values()];
}

/**
 * Emits the `count` meetings of a committee, spread from its founding year to 2025, each with
 * its own minutes (a synthetic source), chairs, attendees, working groups, field visits and proposals.
 */
export function emitMeetings(ctx: SyntheticContext, world: MeetingWorld, committee: Committee, count: number): void {
  const { random } = ctx;
  const first = Date.UTC(committee.established, 0, 1) / 86_400_000;
  const span = (LAST_DAY - first) / count;
  for (let m = 1; m <= count; m++) {
    const host = committee.countries[(m - 1) % 2] as string;
    const lang: SourceLang = random.chance(0.2) ? 'en' : langOf(host);
    const start = dateOfDay(Math.floor(first + (m - 1) * span + random.next() * span * 0.8));
    const end = addDays(start, random.int(0, 2));
    const slug = `c${committee.serial}-m${m}`;
    const meeting: Thing = {
      id: `meeting:synthetic-${slug}`,
      names: {
        en: `Meeting no. ${m} of the ${committee.names.en}`,
        ...(committee.names.th ? { th: `การประชุม${committee.names.th} ครั้งที่ ${m}` } : {}),
        ...(committee.names.zh ? { zh: `${committee.names.zh}第${m}次会议` } : {}),
      },
      country: host,
    };
    const minutes = createSourceBook(
      {
        slug: `minutes-${slug}`,
        title: `Synthetic minutes of meeting no. ${m} of committee ${committee.serial}`,
        lang,
        pageSize: 1_000,
        date: end,
      },
      ctx.emit,
    );
    const n = (t: Thing) => nameIn(t.names, lang);
    const sides = committee.countries.slice(0, 2);
    const venueList = world.venues.get(host) ?? world.venues.get('TH') ?? [];
    const venue = venueList[Math.floor(Math.pow(random.next(), 3) * venueList.length)] as Site;
    const held = minutes.cite(sentences.meetingHeld(lang, m, n(committee), start, end, n(venue)), ['ordinal', 'startDate', 'endDate']);
    ctx.entity('MEETING', meeting, [held], { attributes: { ordinal: m, startDate: start, endDate: end }, country: false });
    ctx.relate('OF_COMMITTEE', meeting.id, committee.id, held);
    ctx.relate('HELD_AT', meeting.id, venue.id, held);

    const chairs = sides.map((c) => drawFrom(world.people, c, random)).filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
    const chaired = minutes.cite(sentences.chaired(lang, chairs.map(n)));
    for (const c of chairs) ctx.relate('CHAIRED', c.id, meeting.id, chaired);
    const taken = new Set(chairs.map((c) => c.id));
    const people = distinct(() => drawFrom(world.people, random.pick(committee.countries), random), random.int(3, 10), taken);
    const agencies = distinct(() => drawFrom(world.agencies, random.pick(committee.countries), random), random.int(1, 4));
    const attended = minutes.cite(sentences.attended(lang, [...people, ...agencies].map(n)));
    for (const a of [...people, ...agencies]) ctx.relate('ATTENDED', a.id, meeting.id, attended);

    const groups = random.int(1, 5);
    for (let w = 1; w <= groups; w++) {
      const focus = sampleDistinct(world.topics.zipf, random, random.int(1, 2)).map((r) => world.topics.list[r] as Thing);
      const f = focus[0]?.names ?? {};
      const group: Thing = {
        id: `working-group:synthetic-${slug}-w${w}`,
        names: {
          en: `Working group on ${f.en}`,
          ...(f.th ? { th: `คณะทำงานด้าน${f.th}` } : {}),
          ...(f.zh ? { zh: `${f.zh}工作组` } : {}),
        },
        country: host,
      };
      const members = [
        ...distinct(() => drawFrom(world.people, random.pick(sides), random), random.int(2, 6)),
        ...distinct(() => drawFrom(world.agencies, random.pick(sides), random), random.int(0, 2)),
      ];
      const set = minutes.cite(sentences.workingGroup(lang, n(group), focus.map(n), members.map(n)));
      ctx.entity('WORKING_GROUP', group, [set], { country: false });
      ctx.relate('HAS_WORKING_GROUP', meeting.id, group.id, set);
      for (const t of focus) ctx.relate('FOCUSES_ON', group.id, t.id, set);
      for (const a of members) ctx.relate('MEMBER_OF', a.id, group.id, set, { attributes: { side: a.country } });
    }

    const sites = world.visits.get(host) ?? [];
    if (sites.length > 0 && random.chance(0.4)) {
      const site = sites[Math.floor(Math.pow(random.next(), 2) * sites.length)] as Site;
      const visitors = people.slice(0, random.int(1, 3));
      const hostAgency = site.operator ?? drawFrom(world.agencies, host, random);
      const day = addDays(end, 1);
      const visit = minutes.cite(sentences.fieldVisit(lang, visitors.map(n), n(site), day, n(hostAgency)));
      ctx.relate('HAS_FIELD_VISIT', meeting.id, site.id, visit);
      for (const v of visitors) ctx.relate('VISITED', v.id, site.id, visit, { key: slug, attributes: { date: day } });
      ctx.relate('HOSTED_VISIT', hostAgency.id, site.id, visit, { key: slug });
    }
    if (random.chance(0.1)) {
      const [a, b] = [drawFrom(world.agencies, 'TH', random), drawFrom(world.agencies, 'CN', random)];
      ctx.relate('PROPOSED_AS_COORDINATOR_WITH', a.id, b.id, minutes.cite(sentences.proposed(lang, n(a), n(b))), { key: slug });
    }
    if (people.length > 0 && random.chance(0.3)) {
      const topic = world.topics.list[world.topics.zipf.sample(random)] as Thing;
      const p = people[people.length - 1] as Thing;
      ctx.relate('PRESENTED', p.id, topic.id, minutes.cite(sentences.presented(lang, n(p), n(topic))), { key: slug });
    }
    if (agencies.length > 0 && random.chance(0.2)) {
      const topic = world.topics.list[world.topics.zipf.sample(random)] as Thing;
      const a = agencies[0] as Thing;
      ctx.relate('ADVOCATED', a.id, topic.id, minutes.cite(sentences.advocated(lang, n(a), n(topic))), { key: slug });
    }
    minutes.close();
  }
}
