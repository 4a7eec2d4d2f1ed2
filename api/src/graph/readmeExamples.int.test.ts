import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { useSeededApollo } from '../../../test-utils/seededApollo.ts';
import { REPO_ROOT } from '../config.ts';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

const seeded = useSeededApollo();

describe('README example queries', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((query, i) => [i + 1, query]))('example %i runs as written and returns cited seed facts', async (_i, query) => {
    const { data, errors } = await runOperation(seeded.apollo, seeded.db.executor, query as string);
    expect(errors).toBeUndefined();
    const text = JSON.stringify(data);
    // Every example returns real entities; the ones that ask for quotes get Thai quotes from the seed.
    expect(text).toMatch(/"(id|name)":"[^"]+"/);
    // A citation's quote is a string; an analysis proposal's is a span `{ text }` of the analysed text.
    if ((query as string).includes('quote')) expect(text).toMatch(/"quote":(\{"text":)?"[^"]*[\u0E00-\u0E7F]/);
  });
});
