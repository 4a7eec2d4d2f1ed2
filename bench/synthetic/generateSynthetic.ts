import type { DatasetLineInput } from '../../api/src/ingest/datasetLine.ts';
import { emitMeetings } from './meetings.ts';
import { createRandom } from '../../common/random.ts';
import { createContext } from './syntheticContext.ts';
import { buildAgencies, buildPeople, drawFrom } from './worldActors.ts';
import { buildPlaces, buildSites } from './worldPlaces.ts';
import { buildCommittees, buildPrograms, buildTopics } from './worldThemes.ts';
import { createZipf } from './zipf.ts';

/** The named sizes and the number of elements (nodes plus relationships) each aims at. */
export const SIZES = { small: 10_000, medium: 100_000, large: 1_000_000 } as const;

/** One of the named sizes. */
export type SizeName = keyof typeof SIZES;

/** The seed used when none is given. */
export const DEFAULT_SEED = 20230920;

/** What a generation wrote. */
export interface SyntheticCounts {
  /** Nodes: sources plus entities. */
  nodes: number;
  sources: number;
  entities: number;
  relationships: number;
  meetings: number;
}

/** Elements a meeting adds on average (its node, minutes, working groups and their relationships); calibrated. */
const PER_MEETING = 42.7;

/**
 * Generates a synthetic dataset of about `target` elements, deterministically from `seed`, and
 * hands each record to `emit` in an order where a record never precedes what it cites or links
 * when sources, entities and relationships are read in that order.
 */
export function generateSynthetic(options: { target: number; seed?: number }, emit: (line: DatasetLineInput) => void): SyntheticCounts {
  const counts: SyntheticCounts = { nodes: 0, sources: 0, entities: 0, relationships: 0, meetings: 0 };
  const ctx = createContext(createRandom(options.seed ?? DEFAULT_SEED), (line) => {
    if ('source' in line) counts.sources += 1;
    else if ('entity' in line) counts.entities += 1;
    else counts.relationships += 1;
    emit(line);
  });
  const s = options.target / 1_000_000;
  const places = buildPlaces(ctx, Math.max(10, Math.round(2_900 * s)));
  const agencies = buildAgencies(ctx, places, Math.max(40, Math.round(8_000 * s)));
  const people = buildPeople(ctx, agencies, Math.max(250, Math.round(40_000 * s)));
  const sites = buildSites(ctx, places, Math.max(24, Math.round(4_000 * s)), (c) => drawFrom(agencies, c, ctx.random));
  const topics = buildTopics(ctx, Math.max(40, Math.round(1_000 * s)));
  buildPrograms(ctx, agencies, topics, Math.max(4, Math.round(500 * s)));
  const committees = buildCommittees(ctx, agencies, topics, Math.max(6, Math.round(1_200 * s)));
  ctx.closeBooks();

  const world = counts.sources + counts.entities + counts.relationships;
  const meetings = Math.max(committees.length, Math.round((options.target - world) / PER_MEETING));
  const perCommittee = new Array<number>(committees.length).fill(0);
  const pick = createZipf(committees.length, 0.7);
  for (let i = 0; i < meetings; i++) {
    const c = pick.sample(ctx.random);
    perCommittee[c] = (perCommittee[c] as number) + 1;
  }
  const meetingWorld = { agencies, people, topics, venues: sites.venues, visits: sites.visits };
  committees.forEach((committee, i) => emitMeetings(ctx, meetingWorld, committee, perCommittee[i] as number));
  counts.meetings = meetings;
  counts.nodes = counts.sources + counts.entities;
  return counts;
}
