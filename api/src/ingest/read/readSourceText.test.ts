import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../datasetIssue.ts';
import { readSourceText } from './readSourceText.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'kg-text-'));
const folder = path.join(root, 'dataset');
mkdirSync(path.join(folder, 'sources'), { recursive: true });
writeFileSync(path.join(folder, 'sources', 'a.txt'), 'text of a');
writeFileSync(path.join(folder, 'b.txt'), 'text of b');
writeFileSync(path.join(root, 'secret.txt'), 'not part of the dataset');
symlinkSync(path.join(root, 'secret.txt'), path.join(folder, 'sources', 'link.txt'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const datasetFile = path.join(folder, 'meeting.yaml');
const at = { file: 'dataset/meeting.yaml', id: 'source:a', field: 'sources[0].textFile' };
const read = (textFile: string) => {
  const result = readSourceText(datasetFile, textFile, at);
  return result.ok ? result.text : result.issues.map(formatIssue);
};

describe('readSourceText', () => {
  it('reads a text beside the dataset file or in a folder below it', () => {
    expect(read('b.txt')).toBe('text of b');
    expect(read('sources/a.txt')).toBe('text of a');
    expect(read('sources/../b.txt')).toBe('text of b');
  });

  it('refuses a path that leaves the dataset file’s folder, naming the file and the fix', () => {
    const outside =
      'dataset/meeting.yaml: source:a › sources[0].textFile: "%s" is outside the folder of dataset/meeting.yaml; ' +
      'put the text in that folder or one below it and name it relative to dataset/meeting.yaml, e.g. "sources/%f"';
    const expected = (textFile: string, file: string) => [outside.replace('%s', textFile).replace('%f', file)];
    expect(read('../secret.txt')).toEqual(expected('../secret.txt', 'secret.txt'));
    expect(read('sources/../../secret.txt')).toEqual(expected('sources/../../secret.txt', 'secret.txt'));
    expect(read(path.join(root, 'secret.txt'))).toEqual(expected(path.join(root, 'secret.txt'), 'secret.txt'));
    expect(read('/etc/passwd')).toEqual(expected('/etc/passwd', 'passwd'));
    expect(read('sources/link.txt')).toEqual(expected('sources/link.txt', 'link.txt'));
  });

  it('says when a text file cannot be read', () => {
    expect(read('sources/missing.txt')).toEqual(['dataset/meeting.yaml: source:a › sources[0].textFile: cannot read sources/missing.txt']);
  });
});
