import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isInputObjectType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_PATH, openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { startTestServer } from '../../../test-utils/testServer.ts';
import { KeyStore, keyLine, parseKeyLines } from '../auth/apiKeys.ts';
import { loadTypeDefs } from '../graph/index.ts';

const EDITOR = 'editor-key-for-tests-0123456789';
const keys = new KeyStore(parseKeyLines(keyLine('alice', 'editor', EDITOR), 'test'));
const SOURCE = 'source:pmua-thai-china-poverty-2023';
const TEXT = readFileSync(path.join(SEED_PATH, 'sources', 'pmua-thai-china-poverty-2023.th.txt'), 'utf8');
const TITLE = 'กระทรวง อว. โดย บพท. สานพลังภาคีร่วมมือไทย-จีน ขับเคลื่อนการขจัดความยากจน';

let db: TestDatabase;
let server: { base: string; stop(): Promise<void> };
let base: string;

type Issue = { id?: string; field?: string; message: string };
async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string; issues?: Issue[] } }[] };
}

async function cypher(query: string, params: Record<string, unknown> = {}) {
  return (await db.driver.executeQuery(query, params)).records.map((r) => r.toObject());
}

/** Every citation of the seed source, read straight from the database: the owner's id and the quote. */
async function citationsOfSeedSource(): Promise<{ owner: string; quote: string }[]> {
  const rows = await cypher(
    `MATCH (n:Entity) WHERE $s IN n.citeSources RETURN n.id AS id, n.citeSources AS s, n.citeQuotes AS q
     UNION ALL MATCH (:Entity)-[r]->(:Entity) WHERE $s IN r.citeSources RETURN r.id AS id, r.citeSources AS s, r.citeQuotes AS q`,
    { s: SOURCE },
  );
  return rows.flatMap((r) =>
    (r.s as string[]).flatMap((s, i) => (s === SOURCE ? [{ owner: r.id as string, quote: (r.q as string[])[i]! }] : [])),
  );
}

const sourceText = async () => (await cypher('MATCH (s:Source {id: $s}) RETURN s.text AS t, s.url AS u', { s: SOURCE }))[0];
const auditCount = async () => Number((await cypher('MATCH (a:AuditEvent) RETURN count(a) AS c'))[0]?.c);

const IMPORT = 'mutation($d: String!) { importDataset(document: $d, format: JSON, name: "fix.json") { nodes audit { id summary } } }';
const redefined = (over: Record<string, unknown>) =>
  JSON.stringify({ sources: [{ id: SOURCE, title: TITLE, language: 'th', text: TEXT, ...over }] });

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db, { production: true, readAccess: 'open', keys });
  base = server.base;
});
beforeEach(() => db.seed());
afterAll(async () => {
  await server.stop();
  await db.close();
});

describe('replacing a source re-checks every quote that cites it', () => {
  it('refuses an import that replaces the seed article with "." and lists every citation that would no longer stand', async () => {
    const cited = await citationsOfSeedSource();
    expect(cited.length).toBeGreaterThan(100);
    const result = await gql(IMPORT, { d: redefined({ text: '.', url: 'https://evil.example/' }) });
    const error = result.errors?.[0];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/^The document is not valid; nothing was written\. /);
    const listed = (error?.extensions.issues ?? []).map((i) => `${i.id} ${i.message}`).sort();
    expect(listed).toEqual(
      cited
        .map(
          (c) =>
            `${c.owner} the quote "${c.quote.length > 80 ? `${c.quote.slice(0, 77)}…` : c.quote}" would no longer stand verbatim in ${SOURCE}`,
        )
        .sort(),
    );
    expect(await sourceText()).toEqual({ t: TEXT, u: null });
    expect(await auditCount()).toBe(0);
  });

  it('names the entities and relationships whose quotes a shorter text drops, and keeps those it still holds', async () => {
    const dropped = 'สานพลังภาคีร่วมมือไทย-จีน';
    const cited = await citationsOfSeedSource();
    const broken = cited.filter((c) => c.quote.includes(dropped) || !TEXT.replaceAll(dropped, '').includes(c.quote));
    expect(broken.some((c) => c.owner.includes('|'))).toBe(true);
    const result = await gql(IMPORT, { d: redefined({ text: TEXT.replaceAll(dropped, '') }) });
    const issues = result.errors?.[0]?.extensions.issues ?? [];
    expect(issues.map((i) => i.id).sort()).toEqual(broken.map((c) => c.owner).sort());
    expect(issues.every((i) => i.field === 'citations')).toBe(true);
    expect(await sourceText()).toEqual({ t: TEXT, u: null });
  });

  it('lets a replacement through when every quote still stands, and keeps the old and new values in the log', async () => {
    const longer = `${TEXT}\nA paragraph added later.`;
    const result = await gql(IMPORT, { d: redefined({ text: longer, url: 'https://example.org/news/1' }) });
    expect(result.errors).toBeUndefined();
    expect(result.data.importDataset.audit.summary).toBe('1 sources, 0 entities, 0 relationships: 0 new, 1 replaced, 0 unchanged');
    expect(await sourceText()).toEqual({ t: longer, u: 'https://example.org/news/1' });
    const log = (await gql(`{ auditLog(target: "${SOURCE}") { action before after } }`)).data.auditLog;
    expect(log).toHaveLength(1);
    expect(log[0].action).toBe('IMPORT');
    expect([log[0].before.text, log[0].before.url]).toEqual([TEXT, undefined]);
    expect([log[0].after.text, log[0].after.url]).toEqual([longer, 'https://example.org/news/1']);
  });

  it('never leaves a quote that is not in its source when a write citing it races an import replacing its text', async () => {
    const CREATE = 'mutation($i: EntityInput!) { createEntity(input: $i) { entity { id } } }';
    const quote = 'The Race Agency was founded in 2021.';
    for (let round = 0; round < 6; round++) {
      const source = `source:text-race-${round}`;
      const doc = (text: string) => JSON.stringify({ sources: [{ id: source, title: 'Race', language: 'en', text }] });
      expect((await gql(IMPORT, { d: doc(`Opening words. ${quote}`) })).errors).toBeUndefined();
      const entity = { id: `agency:text-race-${round}`, kind: 'AGENCY', names: { en: 'Race Agency' }, citations: [{ source, quote }] };
      const [replaced, created] = await Promise.all([gql(IMPORT, { d: doc('Opening words. Nothing else.') }), gql(CREATE, { i: entity })]);
      const outcome = JSON.stringify([replaced.errors?.[0]?.message, created.errors?.[0]?.message]);
      expect(replaced.errors === undefined && created.errors === undefined, outcome).toBe(false);
      expect(replaced.errors === undefined || created.errors === undefined, outcome).toBe(true);
      const stale = await cypher(
        'MATCH (s:Source {id: $s}) MATCH (n:Entity) WHERE $s IN n.citeSources AND any(q IN n.citeQuotes WHERE NOT s.text CONTAINS q) RETURN n.id AS id',
        { s: source },
      );
      expect(stale, outcome).toEqual([]);
    }
  });

  it('never lets updateEntity change a source (its text and url are not in EntityInput, and the kind is refused)', async () => {
    const result = await gql('mutation($i: EntityInput!) { updateEntity(input: $i) { entity { id } } }', {
      i: { id: SOURCE, kind: 'SOURCE', names: { en: 'x' }, citations: [{ source: SOURCE, quote: 'เป็นตัวแทนประเทศไทยเข้าร่วมประชุม' }] },
    });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('kind');
    expect(await sourceText()).toEqual({ t: TEXT, u: null });
  });
});

const UPDATE = 'mutation($i: EntityInput!) { updateEntity(input: $i) { audit { id action before after } } }';
const REVERT = 'mutation($id: ID!, $r: String!) { revertChange(id: $id, reason: $r) { id action target actor reverts before after } }';
const topic = (names: Record<string, string>) => ({
  id: 'topic:poverty-reduction-test',
  kind: 'TOPIC',
  names,
  citations: [{ source: SOURCE, quote: 'ความยากจน' }],
});

describe('the audit log keeps values and reverts from them', () => {
  it('records before and after, reverts an update by appending an event, and leaves the old events as they were', async () => {
    const created = await gql('mutation($i: EntityInput!) { createEntity(input: $i) { audit { before after } } }', {
      i: topic({ th: 'ความยากจน' }),
    });
    expect(created.data.createEntity.audit.before).toBeNull();
    expect(created.data.createEntity.audit.after).toMatchObject({ id: 'topic:poverty-reduction-test', names: { th: 'ความยากจน' } });
    const updated = (await gql(UPDATE, { i: topic({ th: 'ความยากจน', en: 'Poverty' }) })).data.updateEntity.audit;
    expect(updated.before.names).toEqual({ th: 'ความยากจน' });
    expect(updated.after.names).toEqual({ th: 'ความยากจน', en: 'Poverty' });
    const logBefore = await cypher('MATCH (a:AuditEvent) RETURN a {.*} AS a ORDER BY a.id');

    const reverted = await gql(REVERT, { id: updated.id, r: 'the English name is wrong' });
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data.revertChange).toMatchObject({
      action: 'REVERT',
      target: 'topic:poverty-reduction-test',
      actor: 'alice',
      reverts: updated.id,
    });
    expect(reverted.data.revertChange.after.names).toEqual({ th: 'ความยากจน' });
    const names = await cypher('MATCH (n:Entity {id: "topic:poverty-reduction-test"}) RETURN n.name_th AS th, n.name_en AS en');
    expect(names).toEqual([{ th: 'ความยากจน', en: null }]);
    // Appended, never edited: every earlier event is still there with the same values.
    const logAfter = await cypher('MATCH (a:AuditEvent) RETURN a {.*} AS a ORDER BY a.id');
    expect(logAfter).toHaveLength(logBefore.length + 1);
    expect(logAfter.filter((r) => logBefore.some((b) => JSON.stringify(b) === JSON.stringify(r)))).toHaveLength(logBefore.length);

    // Reverting the same change again finds the entity no longer as the change left it.
    const again = await gql(REVERT, { id: updated.id, r: 'twice' });
    expect(again.errors?.[0]?.message).toMatch(/topic:poverty-reduction-test: changed since \(last changed by alice at .*, REVERT, event /);
  });

  it('puts a deleted entity back, then its relationships one by one', async () => {
    const relsBefore = await cypher('MATCH (:Entity {id: "agency:pmu-a"})-[r]-(:Entity) RETURN r.id AS id ORDER BY id');
    const node = async () => (await cypher('MATCH (n:Entity {id: "agency:pmu-a"}) RETURN n {.*} AS n'))[0]?.n ?? null;
    const stored = await node();
    const removed = await gql('mutation { deleteEntity(id: "agency:pmu-a", reason: "test") { audit { id } } }');
    expect(removed.errors).toBeUndefined();
    expect(await node()).toBeNull();
    const restored = await gql(REVERT, { id: removed.data.deleteEntity.audit.id, r: 'removed by mistake' });
    expect(restored.errors).toBeUndefined();
    expect(await node()).toEqual(stored);
    const unlinks = await cypher('MATCH (a:AuditEvent {action: "UNLINK"}) RETURN a.id AS id, a.target AS target ORDER BY target');
    expect(unlinks.map((u) => u.target)).toEqual(relsBefore.map((r) => r.id));
    for (const u of unlinks) expect((await gql(REVERT, { id: u.id, r: 'removed by mistake' })).errors).toBeUndefined();
    expect(await cypher('MATCH (:Entity {id: "agency:pmu-a"})-[r]-(:Entity) RETURN r.id AS id ORDER BY id')).toEqual(relsBefore);
  });

  it('refuses a revert that would break provenance: restoring a source text that a later quote is not in', async () => {
    const longer = `${TEXT}\nA paragraph added later.`;
    const imported = await gql(IMPORT, { d: redefined({ text: longer }) });
    expect(imported.errors).toBeUndefined();
    const event = (await cypher('MATCH (a:AuditEvent {action: "IMPORT", target: $s}) RETURN a.id AS id', { s: SOURCE }))[0]?.id;
    const cite = await gql('mutation($i: EntityInput!) { createEntity(input: $i) { entity { id } } }', {
      i: { ...topic({ en: 'Later' }), citations: [{ source: SOURCE, quote: 'A paragraph added later.' }] },
    });
    expect(cite.errors).toBeUndefined();
    const count = await auditCount();
    const refused = await gql(REVERT, { id: event, r: 'back to the first text' });
    expect(refused.errors?.[0]?.message).toContain(
      `topic:poverty-reduction-test › citations: the quote "A paragraph added later." would no longer stand verbatim in ${SOURCE}`,
    );
    expect((await sourceText())?.t).toBe(longer);
    expect(await auditCount()).toBe(count);
  });

  it('offers no mutation that edits or removes audit events', () => {
    const schema = buildSchema(loadTypeDefs());
    const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(fields.map((f) => f.name)).toContain('revertChange');
    expect(fields.filter((f) => /audit|event|log/i.test(f.name)).map((f) => f.name)).toEqual([]);
    // Nothing can be sent that has the shape of an audit event.
    const inputs = Object.values(schema.getTypeMap()).filter((t) => isInputObjectType(t));
    expect(
      inputs.filter((t) => /audit|event/i.test(t.name) || 'actor' in (t as { getFields(): object }).getFields()).map((t) => t.name),
    ).toEqual([]);
  });
});
