import type { ApolloServer } from '@apollo/server';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchChromium, startTestServer } from '../../../test-utils/browser.ts';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { ATLAS_SAMPLE_PATH, openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { exportToFile } from '../ingest/exportDataset.ts';
import { importPath } from '../ingest/importPath.ts';
import { createApolloServer } from './apolloServer.ts';
import type { GraphContext } from './context.ts';

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let tmp: string;
const run = (query: string, variables: Record<string, unknown> = {}) => runOperation(apollo, db.executor, query, variables);

beforeAll(async () => {
  db = openTestDatabase();
  await db.seedAtlasSample();
  apollo = createApolloServer({ production: false });
  await apollo.start();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-atlas-'));
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('merge decisions', () => {
  it('are read on their entity with the names, the reason and the quotes that print each name', async () => {
    const { data, errors } = await run(`{
      entity(id: "person:zhang-guangjun") {
        merges { id names reason entity { id } citations { quote source { id } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const [merge] = data.entity.merges;
    expect(merge.id).toBe('merge:zhang-guangjun');
    expect(merge.entity.id).toBe('person:zhang-guangjun');
    expect(merge.names).toEqual(['Zhang Guangiun', 'Zhang Guangjun', '张广军']);
    expect(merge.citations.map((c: { source: { id: string } }) => c.source.id)).toEqual([
      'source:pmua-thai-china-poverty-2023',
      'source:safea-zhang-guangjun-2022',
      'source:kzaobao-zhang-guangjun-2021',
    ]);
    for (const name of merge.names) expect(merge.citations.some((c: { quote: string }) => c.quote.includes(name))).toBe(true);
  });
});

describe('disputes', () => {
  it('keep both founding dates of the CAS centre in Bangkok, each with its own source', async () => {
    const { data, errors } = await run(`{
      entity(id: "agency:cas-icc-bangkok") {
        disputes { id question subject { id } statements { value citations { quote source { id text } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const [dispute] = data.entity.disputes;
    expect(dispute.id).toBe('dispute:cas-icc-bangkok-founding');
    expect(dispute.subject.id).toBe('agency:cas-icc-bangkok');
    expect(dispute.statements.map((s: { value: string }) => s.value)).toEqual(['2016', '2017-12-08']);
    const [first, second] = dispute.statements;
    expect(first.citations[0].source.id).toBe('source:chinareportasean-jiang-biao-innovation-in-bangkok');
    expect(second.citations[0].source.id).toBe('source:tcjapress-cas-icc-bangkok-opening-2560');
    for (const s of dispute.statements) for (const c of s.citations) expect(c.source.text).toContain(c.quote);
  });

  it("mark the two ministers named for April 3 as disputed, on links and edges, and no other of the person's relationships", async () => {
    const { data, errors } = await run(`{
      entity(id: "agency:most-thailand") {
        disputes { id statements { value relationship { from to disputed properties { key value } } citations { source { id } } } }
      }
      neighborhood(ids: ["person:suvit-maesincee"]) { edges { id disputed disputes { id } } }
    }`);
    expect(errors).toBeUndefined();
    const [dispute] = data.entity.disputes;
    expect(dispute.id).toBe('dispute:thai-st-minister-april-3');
    expect(
      dispute.statements.map((s: { value: null; relationship: { from: string; disputed: boolean } }) => [
        s.value,
        s.relationship.from,
        s.relationship.disputed,
      ]),
    ).toEqual([
      [null, 'person:achaka-sriboonreung', true],
      [null, 'person:suvit-maesincee', true],
    ]);
    expect(dispute.statements[0].citations[0].source.id).toBe('source:cas-newsletter-bai-chunli-thai-minister-april-3');
    expect(dispute.statements[1].citations[0].source.id).toBe('source:safea-wang-zhigang-suvit-2018');
    const disputed = data.neighborhood.edges
      .filter((e: { disputed: boolean }) => e.disputed)
      .map((e: { id: string; disputes: { id: string }[] }) => [e.id, e.disputes.map((d) => d.id)]);
    expect(disputed).toEqual([
      ['person:suvit-maesincee|HOLDS_POSITION|agency:most-thailand|april-3', ['dispute:thai-st-minister-april-3']],
    ]);
  });

  it('refuse an import whose merged name is in no cited quote, and write nothing', async () => {
    const bad = path.join(tmp, 'bad.yaml');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      bad,
      `merges:
  - id: merge:cao
    entity: person:cao-jianlin
    names: [Cao Jianlin, 曹健林]
    reason: test
    citations: [{ source: source:most-cn-jcm-1-beijing-2014, quote: Vice Minister Cao Jianlin }]
`,
    );
    await expect(importPath(db.executor, bad)).rejects.toThrow('merge:cao › names[1]: "曹健林" is in none of the cited quotes');
    const { data } = await run('{ entity(id: "person:cao-jianlin") { merges { id } } }');
    expect(data.entity.merges).toEqual([]);
  });
});

describe('timeline', () => {
  const query = `query ($entity: ID, $kinds: [EntityKind!], $from: String, $to: String, $first: Int) {
    timeline(entity: $entity, kinds: $kinds, from: $from, to: $to, first: $first) {
      id date endDate precision year label disputed
      entity { id } edge { type } from { id } to { id }
      disputes { id }
      citations { quote source { id text } }
    }
  }`;

  it("lists a committee's meetings over the years at their printed precision, the no-year one last", async () => {
    const { data, errors } = await run(query, { entity: 'committee:thai-china-st-cooperation' });
    expect(errors).toBeUndefined();
    const rows = data.timeline.map((e: Record<string, unknown>) => [e.id, e.date, e.endDate, e.precision, e.year]);
    expect(rows).toEqual([
      ['meeting:step-joint-committee-3', '2017-01-16', '2017-01-17', 'DAY', 2017],
      ['meeting:thai-china-st-committee-4', '2023-09-20', '2023-09-21', 'DAY', 2023],
      ['meeting:step-joint-committee-1', '--03-22', null, 'NO_YEAR', null],
    ]);
    const third = data.timeline[0];
    expect(third.citations.map((c: { quote: string }) => c.quote)).toEqual(['ระหว่างวันที่ 16-17 มกราคม 2560 ณ เมืองชิงเต่า']);
    for (const e of data.timeline) for (const c of e.citations) expect(c.source.text).toContain(c.quote);
  });

  it("gives a person's positions over time, the disputed one marked, and a period leaves out what has no year", async () => {
    const all = await run(query, { entity: 'person:suvit-maesincee', kinds: ['AGENCY'] });
    expect(all.errors).toBeUndefined();
    expect(
      all.data.timeline.map((e: Record<string, any>) => [
        e.date,
        e.edge.type,
        e.to.id,
        e.disputed,
        e.disputes.map((d: { id: string }) => d.id),
      ]),
    ).toEqual([
      ['2017-12-08', 'HOLDS_POSITION', 'agency:most-thailand', false, []],
      ['2018-04-03', 'HOLDS_POSITION', 'agency:most-thailand', true, ['dispute:thai-st-minister-april-3']],
    ]);
    const april = await run(query, { entity: 'agency:most-thailand', from: '2018', to: '2018-06' });
    expect(april.data.timeline.map((e: Record<string, any>) => [e.from?.id, e.date, e.disputed])).toEqual([
      ['person:suvit-maesincee', '2018-04-03', true],
    ]);
    const open = await run(query, { entity: 'agency:most-thailand' });
    expect(open.data.timeline.map((e: Record<string, any>) => [e.from?.id, e.date, e.precision])).toEqual([
      ['person:suvit-maesincee', '2017-12-08', 'DAY'],
      ['person:suvit-maesincee', '2018-04-03', 'DAY'],
      ['person:achaka-sriboonreung', '--04-03', 'NO_YEAR'],
    ]);
  });

  it('refuses a period bound that is not a date, and a count outside its limits', async () => {
    const bad = await run(query, { from: '3 April' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('`from` must be a year, month or day such as 2017');
    const many = await run(query, { first: 5000 });
    expect(many.errors?.[0]?.message).toBe('`timelineFirst` must be a whole number from 1 to 1000; got 5000.');
  });
});

describe('briefings', () => {
  const BRIEF = `query ($id: ID!, $lang: Lang) {
    briefing(id: $id, lang: $lang) { sections { key statements { text citations } } citations { number quote source { id text } } }
  }`;
  const section = (b: { sections: { key: string; statements: { text: string; citations: number[] }[] }[] }, key: string) =>
    b.sections.find((s) => s.key === key)?.statements ?? [];

  it("gives a committee's meeting series: dates, venues, chairs, working groups, what it set out to do and what is new since the meeting before", async () => {
    const { data, errors } = await run(BRIEF, { id: 'committee:thai-china-st-cooperation', lang: 'EN' });
    expect(errors).toBeUndefined();
    const series = section(data.briefing, 'series');
    // In meeting-number order: the 1st meeting's page prints no year, but its number places it.
    expect(series.map((s) => s.text.split(' — ')[0])).toEqual([
      '1st Joint Committee Meeting (JCM) between China MOST & Thai MOST Cooperation',
      'The 3 China - Thailand Joint Committee Meeting under STEP',
      '4th meeting of the Thailand–China Committee on Science and Technology Cooperation',
    ]);
    const [first, third, fourth] = series.map((s) => s.text);
    expect(third).toContain('2017-01-16 – 2017-01-17; venue: เมืองชิงเต่า');
    expect(fourth).toContain('2023-09-20 – 2023-09-21');
    expect(fourth).toMatch(/working groups: .+/);
    expect(fourth).toContain('purpose: ');
    expect(fourth).toMatch(/new since The 3 China - Thailand Joint Committee Meeting under STEP: .+/);
    expect(first).toBe(
      '1st Joint Committee Meeting (JCM) between China MOST & Thai MOST Cooperation — --03-22, year not printed; venue: Beijing',
    );
    expect(third).toContain(
      'new since 1st Joint Committee Meeting (JCM) between China MOST & Thai MOST Cooperation: nothing new in the sources',
    );
    for (const s of series) expect(s.citations.length).toBeGreaterThan(0);
    const quotes = data.briefing.citations.filter((c: { number: number }) => series[1]!.citations.includes(c.number));
    expect(quotes.map((c: { quote: string }) => c.quote)).toContain('ระหว่างวันที่ 16-17 มกราคม 2560 ณ เมืองชิงเต่า');
    for (const c of data.briefing.citations) expect(c.source.text).toContain(c.quote);
  });

  it("shows a person's positions over time, the disputed one marked, and the dispute with both sides", async () => {
    const { data, errors } = await run(BRIEF, { id: 'person:suvit-maesincee', lang: 'EN' });
    expect(errors).toBeUndefined();
    const positions = section(data.briefing, 'positions').map((s) => s.text);
    expect(positions).toEqual([
      'Holds position at Ministry of Science and Technology (รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยีแห่งประเทศไทย, 2017-12-08)',
      'Holds position at Ministry of Science and Technology (Minister of Science and Technology of Thailand, 2018-04-03) [disputed]',
    ]);
    const disputes = section(data.briefing, 'disputes').map((s) => s.text);
    expect(disputes).toEqual([
      "Disputed — Who was Thailand's Minister of Science and Technology on April 3 (2018): Achaka Sriboonreung, Minister of Science and Technology, Ministry of Science and Technology (--04-03, year not printed)",
      "Disputed — Who was Thailand's Minister of Science and Technology on April 3 (2018): Suvit Maesincee, Minister of Science and Technology of Thailand, Ministry of Science and Technology (2018-04-03)",
    ]);
    const cited = (n: number) => data.briefing.citations.find((c: { number: number }) => c.number === n).source.id;
    expect(section(data.briefing, 'disputes').map((s) => s.citations.map(cited))).toEqual([
      ['source:cas-newsletter-bai-chunli-thai-minister-april-3'],
      ['source:safea-wang-zhigang-suvit-2018'],
    ]);
  });
});

describe('the committee brief page', () => {
  it('renders the meeting series in Chromium, and saves a screenshot', async () => {
    const server = await startTestServer(db);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      await page.goto(`${server.base}/briefing/committee:thai-china-st-cooperation?lang=en`);
      expect(await page.textContent('h1')).toBe('Thailand–China Committee on Science and Technology Cooperation');
      const text = await page.textContent('body');
      expect(text).toContain('Meeting series');
      expect(text).toContain('The 3 China - Thailand Joint Committee Meeting under STEP — 2017-01-16 – 2017-01-17; venue: เมืองชิงเต่า');
      // Into the test's own directory: a test run leaves the working tree as it found it.
      const shot = path.join(tmp, 'committee-brief.png');
      await page.screenshot({ path: shot });
      expect((await readFile(shot)).subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});

describe('export', () => {
  it('writes merges and disputes back, and import → export gives the same file', async () => {
    const first = path.join(tmp, 'first.yaml');
    await exportToFile(db.executor, first);
    const exported = parse(await readFile(first, 'utf8'));
    const sample = parse(await readFile(ATLAS_SAMPLE_PATH, 'utf8'));
    expect(exported.merges).toEqual(sample.merges.map((m: Record<string, unknown>) => ({ ...m })));
    expect(exported.disputes.map((d: { id: string }) => d.id)).toEqual([
      'dispute:cas-icc-bangkok-founding',
      'dispute:thai-st-minister-april-3',
    ]);
    await db.wipe();
    await importPath(db.executor, first);
    const second = path.join(tmp, 'second.yaml');
    await exportToFile(db.executor, second);
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
    await db.seedAtlasSample();
  });
});
