import { describe, expect, it } from 'vitest';
import { attributeLabel, spelledOut } from './attributeLabels.ts';

describe('attributeLabel', () => {
  it('gives the label in each language, and spells out a key without one', () => {
    expect(attributeLabel('role', 'th')).toBe('บทบาท');
    expect(attributeLabel('meetingsHeldBy2018', 'en')).toBe('Meetings held by 2018');
    expect(['meetingFrequency', 'areaSquareMetres', 'first', 'stOfficesApproved'].map(spelledOut)).toEqual([
      'Meeting frequency',
      'Area square metres',
      'First',
      'St offices approved',
    ]);
  });
});
