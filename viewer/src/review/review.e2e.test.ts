import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore, keyLine, parseKeyLines } from '../../../api/src/auth/apiKeys.ts';
import { REPO_ROOT } from '../../../api/src/config.ts';
import { launchChromium, startTestServer } from '../../../test-utils/browser.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';

const EDITOR = 'editor-key-for-tests-0123456789';
const ARTICLE = 'เมื่อวันที่ 5 ต.ค. 2566 นายสมชาย ทรงศิวิไล ผู้อำนวยการ บพท. เข้าร่วมการประชุม ณ กรุงเทพมหานคร';

let db: TestDatabase;
let server: { base: string; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  server = await startTestServer(db, { keys: new KeyStore(parseKeyLines(keyLine('alice', 'editor', EDITOR), 'test')) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await db.driver.executeQuery(cypher, params);
  return Number(records[0]?.get('c'));
}

describe('the review page', () => {
  it('takes a pasted document to a committed changeset and reverts it', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
    await page.goto(`${server.base}/review/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#api-key', EDITOR);
    await page.fill('#doc-title', 'ผอ. บพท. เข้าร่วมการประชุม');
    await page.fill('#doc-url', 'https://example.org/news/review-1');
    await page.fill('#doc-date', '5 ต.ค. 2566');
    await page.fill('#doc-text', ARTICLE);
    await page.click('#add-document');
    await page.waitForSelector('#review:not([hidden]) mark.mention');
    expect(await page.textContent('#document-status')).toMatch(/^Added as source:doc-[0-9a-f]{16}\./);

    // The text stands verbatim, the mentions highlighted in it.
    expect(await page.textContent('#review-text')).toBe(ARTICLE);
    const marks = await page.$$eval('mark.mention', (ms) => ms.map((m) => m.textContent));
    expect(marks).toEqual(expect.arrayContaining(['สมชาย ทรงศิวิไล', 'บพท.']));

    // Link บพท. to the agency of the graph.
    const pmua = page.locator('li.mention-item', { has: page.locator('strong', { hasText: /^บพท\.$/ }) });
    await pmua.locator('button.link-candidate[data-entity="agency:pmu-a"]').click();
    await expect.poll(() => pmua.locator('.status').textContent()).toBe('linked to agency:pmu-a');

    // Create the new person: similar names (the chair, who shares his surname) are shown first.
    const person = page.locator('li.mention-item', { has: page.locator('strong', { hasText: 'สมชาย ทรงศิวิไล' }) });
    await person.locator('button.new-entity').click();
    const similar = person.locator('button.similar-link[data-entity="person:sirirurg-songsivilai"]');
    await similar.waitFor();
    expect(await person.locator('input.name-th').inputValue()).toBe('สมชาย ทรงศิวิไล');
    expect(await person.locator('select.entity-kind').inputValue()).toBe('PERSON');
    await person.locator('input.entity-id').fill('person:somchai-songsivilai');
    await person.locator('button.create-entity').click();
    await expect.poll(() => person.locator('.status').textContent()).toBe('new person person:somchai-songsivilai');

    // Accept the proposal that the person holds a position at บพท.
    const proposal = page.locator('li.proposal[data-type="HOLDS_POSITION"]').first();
    await proposal.locator('button.accept').click();

    await page.click('#commit');
    await page.waitForSelector('#commit-result:not([hidden]) #revert');
    expect(await page.textContent('#commit-status')).toMatch(/^Committed: 1 entities, 1 relationships; \d+ decisions remembered\.$/);
    const items = await page.$$eval('.changeset-items li', (li) => li.map((l) => l.textContent));
    expect(items).toEqual(['entity person:somchai-songsivilai: สมชาย ทรงศิวิไล', 'person:somchai-songsivilai —HOLDS_POSITION→ agency:pmu-a']);
    expect(
      await count(
        "MATCH (:Person {id: 'person:somchai-songsivilai'})-[r:HOLDS_POSITION]->(:Agency {id: 'agency:pmu-a'}) RETURN count(r) AS c",
      ),
    ).toBe(1);
    expect(await count("MATCH (m:MentionDecision {entityId: 'agency:pmu-a', decidedBy: 'alice'}) RETURN count(m) AS c")).toBe(1);
    await page.screenshot({ path: path.join(REPO_ROOT, 'docs', 'review.png'), fullPage: true });

    await page.click('#revert');
    await expect.poll(() => page.textContent('#commit-status'), { timeout: 30_000 }).toMatch(/reverted\.$/);
    expect(await page.textContent('.changeset-id')).toContain('reverted by alice');
    expect(await count("MATCH (p:Person {id: 'person:somchai-songsivilai'}) RETURN count(p) AS c")).toBe(0);
    await page.close();
  });

  it('opens a pending review from a file, and cites a span selected in the text for a fact typed by hand', async () => {
    const text = 'ตามรายงานประจำปี 2566 สำนักงานของ บพท. ตั้งอยู่ที่กรุงเทพมหานคร และทำงานร่วมกับหน่วยงานของจีน';
    const span = 'บพท. ตั้งอยู่ที่กรุงเทพมหานคร';
    const page: Page = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
    await page.goto(`${server.base}/review/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#api-key', EDITOR);
    // The document comes from a pending review the batch command wrote: its text and language fill the form.
    const pending = { status: 'pending', sourceFile: 'pmua-annual-report.txt', language: 'th', textSha256: '', text, analysis: {} };
    await page.setInputFiles('#doc-file', {
      name: 'pmua-annual-report.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pending)),
    });
    await expect.poll(() => page.inputValue('#doc-text')).toBe(text);
    expect(await page.inputValue('#doc-title')).toBe('pmua-annual-report');
    expect(await page.inputValue('#doc-language')).toBe('th');
    await page.click('#add-document');
    await page.waitForSelector('#review:not([hidden]) mark.mention');

    // Adding a fact before anything is selected is refused with the reason.
    await page.fill('#fact-type', 'BASED_IN');
    await page.fill('#fact-from', 'agency:pmu-a');
    await page.fill('#fact-to', 'place:bangkok');
    await page.click('#add-fact');
    expect(await page.textContent('#commit-status')).toBe('Select the span of the text that states the fact first.');

    // Select the span with the mouse's selection API, across the highlighted mentions inside it.
    await page.evaluate(
      ([from, to]) => {
        const root = document.getElementById('review-text')!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (from >= offset && from <= offset + length) range.setStart(node, from - offset);
          if (to >= offset && to <= offset + length) {
            range.setEnd(node, to - offset);
            break;
          }
          offset += length;
        }
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      [text.indexOf(span), text.indexOf(span) + span.length] as const,
    );
    expect(await page.textContent('#fact-quote')).toBe(span);
    await page.click('#add-fact');
    await page.waitForSelector('#facts li');

    await page.click('#commit');
    await page.waitForSelector('#commit-result:not([hidden]) #revert');
    const items = await page.$$eval('.changeset-items li', (li) => li.map((l) => l.textContent));
    expect(items).toContain('agency:pmu-a —BASED_IN→ place:bangkok');
    const { records } = await db.driver.executeQuery(
      "MATCH (:Agency {id: 'agency:pmu-a'})-[r:BASED_IN]->(:Place {id: 'place:bangkok'}) RETURN r.citeQuotes AS quotes, r.citeSources AS sources",
    );
    expect(records.map((r) => r.get('quotes'))).toEqual([[span]]);
    const [source] = records[0]?.get('sources') as string[];
    expect(await count('MATCH (s:Source {id: $id}) WHERE s.text CONTAINS $span RETURN count(s) AS c', { id: source, span })).toBe(1);

    await page.click('#revert');
    await expect.poll(() => page.textContent('#commit-status'), { timeout: 30_000 }).toMatch(/reverted\.$/);
    expect(await count("MATCH (:Agency {id: 'agency:pmu-a'})-[r:BASED_IN]->(:Place {id: 'place:bangkok'}) RETURN count(r) AS c")).toBe(0);
    await page.close();
  });
});
