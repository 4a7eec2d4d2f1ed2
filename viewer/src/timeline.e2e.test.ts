import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/config.ts';
import { launchChromium, startTestServer } from '../../test-utils/browser.ts';
import { openTestDatabase, type TestDatabase } from '../../test-utils/testDatabase.ts';

const COMMITTEE = 'committee:thai-china-st-cooperation';
const SUVIT_APRIL_3 = 'person:suvit-maesincee|HOLDS_POSITION|agency:most-thailand|april-3';

let db: TestDatabase;
let server: { base: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;

const graph = <T>(fn: string): Promise<T> => page.evaluate(`(() => { const cy = window.cy; return ${fn}; })()`) as Promise<T>;
const hidden = (id: string) => graph<boolean>(`cy.getElementById(${JSON.stringify(id)}).hasClass('hidden')`);
const ids = (selector: string) => page.$$eval(selector, (els) => els.map((e) => e.getAttribute('data-id')));

beforeAll(async () => {
  db = openTestDatabase();
  await db.seedAtlasSample();
  server = await startTestServer(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${server.base}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

describe('the timeline in Chromium', () => {
  it('draws every dated fact with a year on the axis, lists no-year ones apart, and marks the disputed ones', async () => {
    const { data } = await (
      await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ timeline(first: 1000) { id year } }' }),
      })
    ).json();
    const withYear = data.timeline.filter((e: { year: number | null }) => e.year !== null).map((e: { id: string }) => e.id);
    expect(withYear.slice(0, 4)).toEqual([
      'meeting:step-joint-committee-3',
      'meeting:cas-icc-bangkok-opening',
      'person:suvit-maesincee|HOLDS_POSITION|agency:most-thailand|cas-icc-bangkok-opening',
      SUVIT_APRIL_3,
    ]);
    expect((await ids('#timeline svg g.event')).sort()).toEqual([...withYear].sort());
    expect(await ids('#timeline .no-year li')).toEqual([
      'meeting:step-joint-committee-1',
      'person:achaka-sriboonreung|HOLDS_POSITION|agency:most-thailand|april-3',
    ]);
    expect(await ids('#timeline g.event.disputed')).toEqual([SUVIT_APRIL_3]);
    expect(await ids('#timeline .no-year li.disputed')).toEqual(['person:achaka-sriboonreung|HOLDS_POSITION|agency:most-thailand|april-3']);
    expect(await page.textContent('#timeline .no-year')).toContain(
      '--03-22 · 1st Joint Committee Meeting (JCM) between China MOST & Thai MOST Cooperation',
    );
  });

  it('filters the network to a period brushed on the timeline, and a click clears it', async () => {
    const third = await page.locator('#timeline g.event[data-id="meeting:step-joint-committee-3"] rect').boundingBox();
    const opening = await page.locator('#timeline g.event[data-id="meeting:cas-icc-bangkok-opening"] rect').boundingBox();
    if (!third || !opening) throw new Error('timeline bars not drawn');
    const y = third.y + third.height / 2;
    await page.mouse.move(third.x - 2, y);
    await page.mouse.down();
    await page.mouse.move(opening.x + opening.width + 2, y, { steps: 5 });
    await page.mouse.up();
    const from = await page.inputValue('#date-from');
    const to = await page.inputValue('#date-to');
    expect([from, to]).toEqual([expect.stringMatching(/^(2016-12|2017-01)-/), expect.stringMatching(/^2017-12-/)]);
    expect(page.url()).toContain('2017-');
    expect(await hidden('meeting:step-joint-committee-3')).toBe(false);
    expect(await hidden('meeting:thai-china-st-committee-4')).toBe(true);
    // A meeting without a printed year cannot be placed in the period.
    expect(await hidden('meeting:step-joint-committee-1')).toBe(true);
    expect(await hidden(COMMITTEE)).toBe(false);
    expect(await page.locator('#timeline rect.brush').count()).toBe(1);
    await page.screenshot({ path: path.join(REPO_ROOT, 'docs', 'timeline.png') });

    const svg = await page.locator('#timeline svg').boundingBox();
    if (!svg) throw new Error('no timeline');
    await page.mouse.click(svg.x + svg.width - 3, svg.y + 5);
    expect(await page.inputValue('#date-from')).toBe('');
    expect(await hidden('meeting:thai-china-st-committee-4')).toBe(false);
  });

  it("shows a selected committee's meetings over the years, and a disputed position as such in the details panel", async () => {
    await page.evaluate(`window.cy.getElementById(${JSON.stringify(COMMITTEE)}).emit('tap')`);
    await page.waitForSelector('#details:not([hidden]) #details-title');
    expect(await ids('#timeline svg g.event')).toEqual(['meeting:step-joint-committee-3', 'meeting:thai-china-st-committee-4']);
    expect(await page.textContent('#timeline svg g.event[data-id="meeting:step-joint-committee-3"] title')).toBe(
      '2017-01-16 – 2017-01-17 · The 3 China - Thailand Joint Committee Meeting under STEP',
    );
    expect(await ids('#timeline .no-year li')).toEqual(['meeting:step-joint-committee-1']);

    await page.goto(`${server.base}/?x=agency:most-thailand&sel=agency:most-thailand`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('#details .dispute');
    expect(await page.textContent('#details .dispute')).toContain(
      "Who was Thailand's Minister of Science and Technology on April 3 (2018)",
    );
    const disputedRows = await page.$$eval('#details .rel.disputed-rel', (els) => els.map((e) => e.getAttribute('data-edge')).sort());
    expect(disputedRows).toEqual(['person:achaka-sriboonreung|HOLDS_POSITION|agency:most-thailand|april-3', SUVIT_APRIL_3]);
    expect(await page.$$eval('#details .rel:not(.disputed-rel)', (els) => els.map((e) => e.getAttribute('data-edge')))).toContain(
      'person:suvit-maesincee|HOLDS_POSITION|agency:most-thailand|cas-icc-bangkok-opening',
    );
  }, 120_000);
});
