import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/config.ts';
import { launchChromium, startTestServer } from '../../test-utils/browser.ts';
import { importBenchGraph } from '../../bench/fixtures/importBenchGraph.ts';
import { openTestDatabase, type TestDatabase } from '../../test-utils/testDatabase.ts';

const MEETING = 'meeting:thai-china-st-committee-4';

let db: TestDatabase;
let server: { base: string; stop(): Promise<void> };
let browser: Browser;

/** Opens the viewer at a URL and waits until the graph is laid out. */
async function open(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  await page.goto(`${server.base}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return page;
}

/** Reads from the live Cytoscape instance. */
const graph = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`(() => { const cy = window.cy; return ${fn}; })()`) as Promise<T>;

async function api(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()).data;
}

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  server = await startTestServer(db);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

describe('the viewer in Chromium', () => {
  it('opens on the seed meeting network, as many nodes as the API returns, and saves a screenshot', async () => {
    const page = await open();
    const expected = await api(
      '{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2, limit: 5000) { nodes { id } edges { id } } }',
    );
    expect(await graph<number>(page, 'cy.nodes().length')).toBe(expected.neighborhood.nodes.length);
    expect(await graph<number>(page, 'cy.edges().length')).toBe(expected.neighborhood.edges.length);
    for (const id of [
      MEETING,
      'person:sirirurg-songsivilai',
      'working-group:committee-4-poverty-eradication',
      'agency:most-china',
      'site:saeng-tawan-banana-fibre-fabric',
    ]) {
      expect(await graph<boolean>(page, `cy.getElementById(${JSON.stringify(id)}).nonempty()`), id).toBe(true);
    }
    expect(await page.getAttribute('body', 'data-renderer')).toBe('canvas');
    // Readable at the default zoom: no two nodes' boxes (shape and label) overlap.
    const overlaps = await graph<string[]>(
      page,
      `(() => {
        const boxes = cy.nodes().map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true, includeEdges: false }) }));
        const out = [];
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].b, c = boxes[j].b;
          if (a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) out.push(boxes[i].id + ' ~ ' + boxes[j].id);
        }
        return out;
      })()`,
    );
    expect(overlaps).toEqual([]);
    await mkdir(path.join(REPO_ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'docs', 'viewer.png') });
    await page.close();
  });

  it('searches in Thai and selects and centres the chosen node', async () => {
    const page = await open();
    await page.fill('#search', 'ความยากจน');
    const option = page.locator('#search-results li', { hasText: 'Working group' }).first();
    await option.waitFor();
    await option.click();
    await page.waitForFunction(() => (window as any).cy.$(':selected').length === 1);
    expect(await graph<string>(page, "cy.$(':selected').id()")).toBe('working-group:committee-4-poverty-eradication');
    await page.waitForSelector('#details:not([hidden]) h2');
    expect(await page.textContent('#details h2')).toBe('Poverty eradication through science and technology');
    await page.close();
  });

  it('shows the details with the verbatim quote, and an edge with its own citation', async () => {
    const page = await open();
    await page.evaluate(() => void (window as any).cy.getElementById('person:sirirurg-songsivilai').emit('tap'));
    await page.waitForSelector('#details:not([hidden]) .quote');
    const text = await page.textContent('#details');
    expect(text).toContain('Sirirurg Songsivilai');
    expect(text).toContain('สิริฤกษ์ ทรงศิวิไล');
    expect(text).toContain('โดยมี ศ.นพ.สิริฤกษ์ ทรงศิวิไล ปลัดกระทรวง อว. เป็นประธาน');
    expect(text).toContain('กระทรวง อว. โดย บพท. สานพลังภาคีร่วมมือไทย-จีน ขับเคลื่อนการขจัดความยากจน');
    // The Briefing button opens the cited brief of the entity, in the current language.
    const href = await page.getAttribute('#details [data-briefing]', 'href');
    expect(href).toBe('/briefing/person%3Asirirurg-songsivilai?lang=en');
    const brief = await fetch(`${server.base}${href}`);
    expect(brief.status).toBe(200);
    expect(await brief.text()).toContain('<h1>Sirirurg Songsivilai</h1>');
    await page.evaluate(() => void (window as any).cy.edges('[type = "CHAIRED"]').first().emit('tap'));
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'chaired');
    expect(await page.textContent('#details')).toContain('เป็นประธาน');
    await page.close();
  });

  it('expands a node in place: new nodes come, the existing ones do not move', async () => {
    const page = await open();
    const before = await graph<number>(page, 'cy.nodes().length');
    const position = await graph<{ x: number; y: number }>(page, `cy.getElementById("${MEETING}").position()`);
    expect(await graph<boolean>(page, 'cy.getElementById("place:china").empty()')).toBe(true);
    await page.evaluate(() => void (window as any).cy.getElementById('agency:most-china').emit('dbltap'));
    await page.waitForFunction((n) => (window as any).cy.nodes().length > n, before);
    // The URL is written once the new nodes are laid out.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('x') === 'agency:most-china');
    expect(await graph<boolean>(page, 'cy.getElementById("place:china").nonempty()')).toBe(true);
    expect(await graph<{ x: number; y: number }>(page, `cy.getElementById("${MEETING}").position()`)).toEqual(position);
    await page.close();
  });

  it('switches labels and the interface between Thai, English and Chinese', async () => {
    const page = await open();
    await page.selectOption('#lang', 'th');
    // Labels carry zero-width spaces at Thai word boundaries so that they can wrap.
    expect(await graph<string>(page, `cy.getElementById("${MEETING}").data("label").replace(/\u200b/g, "")`)).toBe(
      'การประชุมคณะกรรมการความร่วมมือด้านวิทยาศาสตร์และเทคโนโลยีไทย-สาธารณรัฐประชาชนจีน ครั้งที่ 4',
    );
    expect(await page.textContent('h1')).toBe('ความร่วมมือวิทยาศาสตร์และเทคโนโลยีไทย–จีน');
    await page.selectOption('#lang', 'zh');
    expect(await graph<string>(page, 'cy.getElementById("agency:most-china").data("label")')).toBe('中华人民共和国科学技术部');
    expect(await graph<string>(page, 'cy.edges(\'[type = "CHAIRED"]\').first().data("label")')).toBe('主持');
    await page.close();
  });

  it('filters by kind and brings everything back when cleared', async () => {
    const page = await open();
    const total = await graph<number>(page, 'cy.nodes().length');
    await page.uncheck('#kind-filters input[value="TOPIC"]');
    const topics = await graph<number>(page, 'cy.nodes(\'[kind = "TOPIC"]\').length');
    expect(topics).toBeGreaterThan(0);
    expect(await graph<number>(page, 'cy.nodes(".hidden").length')).toBe(topics);
    await page.click('#clear-filters');
    expect(await graph<number>(page, 'cy.nodes(".hidden").length')).toBe(0);
    expect(await graph<number>(page, 'cy.nodes().length')).toBe(total);
    await page.close();
  });

  it('finds and highlights the shortest path, listing each step with its citation', async () => {
    const page = await open();
    await page.evaluate(() => void (window as any).cy.getElementById('person:zhang-guangjun').emit('tap'));
    await page.click('#details [data-path-from]');
    await page.evaluate(() => void (window as any).cy.getElementById('site:saeng-tawan-banana-fibre-fabric').emit('tap'));
    await page.click('#details [data-path-to]');
    await page.click('#find-path');
    await page.waitForSelector('#path-steps li[data-step]');
    expect(await page.locator('#path-steps li[data-step]').count()).toBe(2);
    expect(await graph<number>(page, "cy.edges('.path').length")).toBe(2);
    expect(await page.locator('#path-steps .quote').count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('restores the view from a shared URL, and back/forward work', async () => {
    const page = await open('?x=person:zhang-hui&sel=agency:crtdc&lang=zh&path=person:zhang-hui~person:sirirurg-songsivilai');
    expect(await graph<string>(page, "cy.$(':selected').id()")).toBe('agency:crtdc');
    expect(await page.inputValue('#lang')).toBe('zh');
    await page.waitForSelector('#details:not([hidden]) h2');
    expect(await page.textContent('#details h2')).toBe('China Rural Technology Development Center');
    expect(await graph<number>(page, "cy.edges('.path').length")).toBe(3);
    await page.evaluate(() => void (window as any).cy.getElementById('person:wang-qiang').emit('tap'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'person:wang-qiang');
    await page.goBack();
    await page.waitForFunction(() => (window as any).cy?.$(':selected').id() === 'agency:crtdc');
    await page.close();
  });

  it('exports a PNG of the view, and GraphML and CSV of the visible subgraph', async () => {
    const page = await open();
    await page.click('.export summary');
    const save = async (kind: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
      return readFile((await file.path()) as string);
    };
    const png = await save('png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(20_000);
    const nodes = await graph<number>(page, 'cy.nodes().length');
    expect((await save('graphml')).toString().match(/<node /g)?.length).toBe(nodes);
    expect((await save('nodes-csv')).toString().trimEnd().split('\r\n')).toHaveLength(nodes + 1);
    expect(JSON.parse((await save('json')).toString()).elements.length).toBe(await graph<number>(page, 'cy.elements().length'));
    await page.close();
  });

  it('draws a network of 5,000 entities with WebGL, laid out, and a click on a node opens its details', async () => {
    // A generated cooperation network (meetings and programmes as hubs, preferential attachment
    // elsewhere), imported through the real import path; expanding its hubs brings it all in.
    const big = await importBenchGraph(db.executor, 5000);
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.base}/?x=${encodeURIComponent(big.hubs.join(','))}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
      expect(await graph<number>(page, 'cy.nodes().length')).toBeGreaterThanOrEqual(5000);
      expect(await graph<number>(page, 'cy.edges().length')).toBeGreaterThanOrEqual(big.relationships);
      // WebGL draws: the renderer says so and its WebGL2 context is alive.
      expect(await page.getAttribute('body', 'data-renderer')).toBe('webgl');
      expect(
        await graph<boolean>(
          page,
          'cy.renderer().data.contexts[3] instanceof WebGL2RenderingContext && !cy.renderer().data.contexts[3].isContextLost()',
        ),
      ).toBe(true);
      // Laid out: no node left at the origin, and linked nodes lie much closer together than nodes in general.
      expect(await graph<number>(page, 'cy.nodes().filter((n) => n.position("x") === 0 && n.position("y") === 0).length')).toBe(0);
      const spread = await graph<{ edge: number; any: number }>(
        page,
        `(() => {
          const d = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);
          const edges = cy.edges().map((e) => d(e.source().position(), e.target().position()));
          const nodes = cy.nodes();
          const pairs = [];
          for (let i = 0; i < 5000; i++) pairs.push(d(nodes[(i * 7919) % nodes.length].position(), nodes[(i * 104729 + 13) % nodes.length].position()));
          const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
          return { edge: mean(edges), any: mean(pairs) };
        })()`,
      );
      expect(spread.edge).toBeLessThan(spread.any / 2);
      // A real click on the biggest hub, where it is drawn, selects it and opens its details.
      const hub = big.hubs[0] as string;
      const at = await page.evaluate((id) => {
        const cy = (window as any).cy;
        const p = cy.getElementById(id).renderedPosition();
        const box = cy.container().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y, name: cy.getElementById(id).data('name_en') as string };
      }, hub);
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector('#details:not([hidden]) h2');
      expect(await graph<string>(page, "cy.$('node:selected').id()")).toBe(hub);
      expect(await page.textContent('#details h2')).toBe(at.name);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await db.seed();
    }
  }, 300_000);

  it('GraphiQL loads the schema and runs its example query under the security headers', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.base}/graphiql`);
    // Wait for the editor to hold the default query and for the schema to load (the Docs
    // explorer button becomes enabled), then run it; the result editor renders spaces as
    // no-break spaces.
    await page.waitForFunction(() => document.body.innerText.includes('SeedMeeting'), undefined, { timeout: 60_000 });
    const hasResult = () => page.evaluate(() => document.body.innerText.replace(/\u00a0/g, ' ').includes('"ordinal": 4'));
    for (let attempt = 0; attempt < 6 && !(await hasResult()); attempt++) {
      await page.locator('.graphiql-execute-button').click();
      await page
        .waitForFunction(() => document.body.innerText.replace(/\u00a0/g, ' ').includes('"ordinal": 4'), undefined, { timeout: 10_000 })
        .catch(() => {});
    }
    expect(await hasResult()).toBe(true);
    expect((await page.locator('body').innerText()).replace(/\u00a0/g, ' ')).toContain('Sirirurg Songsivilai');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows API errors as a readable message, never a blank screen', async () => {
    const page = await browser.newPage();
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'The database is not reachable right now; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        }),
      }),
    );
    await page.goto(`${server.base}/`);
    await page.waitForSelector('#status.error');
    expect(await page.textContent('#status')).toBe('The database is not reachable right now; try again shortly.');
    await page.close();
  });
});
