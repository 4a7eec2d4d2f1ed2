import { describe, expect, it } from 'vitest';
import { loadSettingsOf, parseBenchArgs } from './benchArgs.ts';

describe('parseBenchArgs', () => {
  it('defaults to every size, five runs of six seconds', () => {
    expect(parseBenchArgs([])).toMatchObject({
      quick: false,
      sizes: ['seed', 'small', 'medium', 'large'],
      runs: 5,
      seconds: 6,
      warmupSeconds: 3,
    });
  });

  it('makes --quick a short run on the seed and 10k datasets, 100 requests per run', () => {
    expect(parseBenchArgs(['--quick'])).toMatchObject({
      quick: true,
      sizes: ['seed', 'small'],
      runs: 1,
      requests: 100,
      connections: 4,
      warmupSeconds: 0,
    });
    expect(parseBenchArgs([]).requests).toBeUndefined();
    expect(parseBenchArgs(['--requests', '50']).requests).toBe(50);
  });

  it('measures the viewer unless told --no-viewer', () => {
    expect(parseBenchArgs([]).noViewer).toBe(false);
    expect(parseBenchArgs(['--no-viewer', '--sizes', 'seed']).noViewer).toBe(true);
  });

  it('measures the library peer unless told --no-peer', () => {
    expect(parseBenchArgs([]).noPeer).toBe(false);
    expect(parseBenchArgs(['--no-peer']).noPeer).toBe(true);
  });

  it('reads --render-only', () => {
    expect(parseBenchArgs(['--render-only']).renderOnly).toBe(true);
    expect(parseBenchArgs([]).renderOnly).toBe(false);
  });

  it('reads sizes, numbers, datasets and the operations to run', () => {
    const args = parseBenchArgs(['--sizes', 'seed,small', '--runs', '2', '--dataset', 'small=/tmp/a=b', '--only', 'entity, searchTh']);
    expect(args).toMatchObject({ sizes: ['seed', 'small'], runs: 2, datasets: { small: '/tmp/a=b' }, only: ['entity', 'searchTh'] });
  });

  it('rejects what it does not know, naming it', () => {
    expect(() => parseBenchArgs(['--sizes', 'huge'])).toThrow('Unknown size "huge"');
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow('--runs must be a whole number from 1 to 20.');
    expect(() => parseBenchArgs(['--fast', '1'])).toThrow('Unknown option --fast.');
    expect(() => parseBenchArgs(['--dataset', 'seed=/x'])).toThrow('--dataset takes size=folder');
    expect(() => parseBenchArgs(['--runs'])).toThrow('Unexpected argument --runs.');
  });
});

describe('loadSettingsOf', () => {
  it('keeps the load settings of a command line, and requests only when they were counted', () => {
    expect(loadSettingsOf(parseBenchArgs(['--quick']))).toEqual({ runs: 1, seconds: 3, requests: 100, connections: 4, warmupSeconds: 0 });
    expect(loadSettingsOf(parseBenchArgs(['--seed', '7']))).toEqual({ runs: 5, seconds: 6, connections: 16, warmupSeconds: 3 });
  });
});
