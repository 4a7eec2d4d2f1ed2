import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState } from './urlState';

describe('URL state', () => {
  it('round-trips everything the view needs', () => {
    const state = {
      expanded: ['person:zhang-hui', 'agency:crtdc'],
      selected: 'agency:crtdc',
      lang: 'zh' as const,
      kinds: ['PERSON', 'AGENCY'],
      sides: ['CN'],
      from: '2023-01-01',
      to: '2023-12-31',
      path: ['person:zhang-hui', 'person:sirirurg-songsivilai'] as [string, string],
      renderer: 'webgl' as const,
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('ignores malformed values', () => {
    expect(decodeState('?lang=fr&from=yesterday&path=only-one&x=a,,a&renderer=svg')).toEqual({ ...DEFAULT_STATE, expanded: ['a'] });
  });
});
