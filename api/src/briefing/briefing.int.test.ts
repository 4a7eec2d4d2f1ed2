import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startTestServer } from '../../../test-utils/browser.ts';
import { spawnCli } from '../../../test-utils/runCli.ts';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { createApolloServer } from '../graph/apolloServer.ts';
import type { GraphContext } from '../graph/context.ts';

const BRIEF = `query($id: ID!, $lang: Lang) {
  briefing(id: $id, lang: $lang) {
    title kindLabel sideLabel unknown datasetVersion generatedAt
    sections { key heading statements { text citations } }
    counterparts { name organizations sharedMeetings sharedWorkingGroups path entity { id } statement { text citations } }
    citations { number quote source { id } }
  }
}`;

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let tmp: string;
const texts = new Map<string, string>();

const run = (query: string, variables: Record<string, unknown> = {}) => runOperation(apollo, db.executor, query, variables);

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  apollo = createApolloServer({ production: false });
  await apollo.start();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-brief-'));
  const { data } = await run('{ sources(first: 100) { nodes { id text } } }');
  for (const s of data.sources.nodes) texts.set(s.id, s.text);
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('briefing', () => {
  it("lists the Thai lead's Chinese counterparts in the poverty group, with their organisations, in one round trip", async () => {
    const { data, errors, roundTrips } = await run(BRIEF, { id: 'person:asok-phonbamrung', lang: 'EN' });
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    const b = data.briefing;
    expect(b.title).toBe('อโศก พลบำรุง');
    expect(b.sideLabel).toBe('Thailand');
    const counterparts = b.counterparts.map((c: { name: string; organizations: string[] }) => [c.name, c.organizations]);
    expect(counterparts.slice(0, 2)).toEqual([
      ['Wang Qiang', ["First Secretary, Embassy of the People's Republic of China in Thailand"]],
      ['Zhang Hui', ['Deputy director general, China Rural Technology Development Center']],
    ]);
    expect(b.counterparts[0]).toMatchObject({
      sharedWorkingGroups: 1,
      path: ['อโศก พลบำรุง', 'Poverty eradication through science and technology', 'Wang Qiang'],
    });
    expect(counterparts[2]?.[0]).toBe('Zhang Guangjun');
    expect(b.counterparts[2].sharedWorkingGroups).toBe(0);
    const positions = b.sections.find((s: { key: string }) => s.key === 'positions');
    expect(positions.statements[0].text).toContain('Holds position at ฝ่ายวิจัยและนวัตกรรมเพื่อแก้ไขปัญหาความยากจนและลดความเหลื่อมล้ำ (Director)');
    expect(positions.statements.map((s: { text: string }) => s.text)).toContain(
      'PMU-A: Part of Office of National Higher Education Science Research and Innovation Policy Council',
    );
  });

  it('every statement of every brief in the seed, in all three languages, cites verbatim quotes', async () => {
    const ids: string[] = [];
    for (const list of ['people', 'agencies', 'meetings']) {
      const { data } = await run(`{ ${list}(first: 100) { nodes { id } } }`);
      ids.push(...data[list].nodes.map((n: { id: string }) => n.id));
    }
    expect(ids.length).toBe(5 + 12 + 1);
    let statements = 0;
    for (const id of ids) {
      for (const lang of ['TH', 'EN', 'ZH']) {
        const { data, errors } = await run(BRIEF, { id, lang });
        expect(errors, `${id} ${lang}`).toBeUndefined();
        const b = data.briefing;
        const numbers = new Set(b.citations.map((c: { number: number }) => c.number));
        const all = [
          ...b.sections.flatMap((s: { statements: unknown[] }) => s.statements),
          ...b.counterparts.map((c: { statement: unknown }) => c.statement),
        ];
        for (const s of all as { text: string; citations: number[] }[]) {
          expect(s.citations.length, `${id} ${lang}: ${s.text}`).toBeGreaterThan(0);
          for (const n of s.citations) expect(numbers.has(n), `${id} [${n}]`).toBe(true);
          statements += 1;
        }
        for (const c of b.citations) expect(texts.get(c.source.id), `${id}: ${c.quote}`).toContain(c.quote);
        expect(b.citations.map((c: { number: number }) => c.number)).toEqual(b.citations.map((_: unknown, i: number) => i + 1));
      }
    }
    expect(statements).toBeGreaterThan(300);
  });

  it('labels come in the requested language, quotes stay in theirs', async () => {
    const th = (await run(BRIEF, { id: 'agency:crtdc', lang: 'TH' })).data.briefing;
    const zh = (await run(BRIEF, { id: 'agency:crtdc', lang: 'ZH' })).data.briefing;
    expect(th.sections[0].heading).toBe('ข้อมูลประจำตัว');
    expect(zh.sections[0].heading).toBe('基本信息');
    expect(th.title).toBe('ศูนย์พัฒนาเทคโนโลยีชนบทของจีน');
    expect(zh.title).toBe('China Rural Technology Development Center');
    expect(zh.citations.map((c: { quote: string }) => c.quote)).toEqual(th.citations.map((c: { quote: string }) => c.quote));
  });

  it('says what is not known for an entity with little data, and adds no filler', async () => {
    const b = (await run(BRIEF, { id: 'agency:technology-universities', lang: 'EN' })).data.briefing;
    expect(b.unknown).toEqual([
      'The sources record no meetings.',
      'The sources record no working groups.',
      'No counterpart on the other side shares a meeting or working group in the sources.',
    ]);
    const statements = b.sections.flatMap((s: { statements: { text: string }[] }) => s.statements.map((x) => x.text));
    expect(statements).toContain('Participates in PMU-A platform for poverty eradication');
    expect(statements.length).toBeLessThan(8);
  });

  it('answers null for an unknown id', async () => {
    const { data, errors } = await run(BRIEF, { id: 'person:nobody', lang: 'EN' });
    expect(errors).toBeUndefined();
    expect(data.briefing).toBeNull();
  });
});

describe('briefing pages and PDF', () => {
  it('serves Markdown and print-ready HTML, a 404 page for an unknown id, and renders in Chromium', async () => {
    const server = await startTestServer(db);
    const browser = await launchChromium();
    try {
      const md = await (await fetch(`${server.base}/briefing/person:zhang-hui?lang=en&format=md`)).text();
      expect(md).toContain('# Zhang Hui');
      expect(md).toMatch(/^\d+\. «Mr\. Zhang Hui รองผู้อำนวยการศูนย์พัฒนาเทคโนโลยีชนบทของจีน/m);
      const missing = await fetch(`${server.base}/briefing/person:nobody?lang=en`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('No entity with id “person:nobody”');
      const page = await browser.newPage();
      await page.goto(`${server.base}/briefing/agency:pmu-a?lang=th`);
      expect(await page.textContent('h1')).toBe('หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่');
      expect(await page.locator('footer').textContent()).toMatch(/จัดทำเมื่อ .* · ชุดข้อมูล [0-9a-f]{12}/);
      expect(await page.locator('.sources li').count()).toBeGreaterThan(5);
    } finally {
      await browser.close();
      await server.stop();
    }
  });

  it('`npm run briefing -- <id> --lang en --pdf` writes a PDF with the expected text', async () => {
    const pdf = path.join(tmp, 'asok.pdf');
    const code = await new Promise<number | null>((resolve) => {
      spawnCli(['briefing', 'person:asok-phonbamrung', '--lang', 'en', '--pdf', pdf]).on('exit', resolve);
    });
    expect(code).toBe(0);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Counterparts on the other side');
    expect(text).toContain('Zhang Hui (Deputy director general, China Rural Technology Development Center)');
    expect(text).toContain('Wang Qiang');
    expect(text).toMatch(/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC · Dataset [0-9a-f]{12}/);
    expect(text).toMatch(/\b1 ?\/ ?\d+\b/);
  });
});
