import { findAcronyms, acronymGivenAfter } from './findAcronyms.ts';
import { findDates } from './findDates.ts';
import { findEvents } from './findEvents.ts';
import { findListItems } from './findListItems.ts';
import { findMeetings } from './findMeetings.ts';
import { findOrdinals } from './findOrdinals.ts';
import { findOrganisations } from './findOrganisations.ts';
import { findPeople } from './findPeople.ts';
import type { Gazetteer } from './gazetteer.ts';
import { positionAt } from './positionAt.ts';
import { proposeAppositions } from './proposeAppositions.ts';
import { proposeEvents } from './proposeEvents.ts';
import { proposeGroups } from './proposeGroups.ts';
import { relationContext } from './relationContext.ts';
import { resolveMentions } from './resolveMentions.ts';
import { splitClauses, splitParagraphs } from './splitClauses.ts';
import type { Mention, TextAnalysis, TextLang } from './types.ts';

/** What `analyzeText` needs besides the text. */
export interface AnalyzeOptions {
  /** The text's language when known; the rules of all three languages run either way, since names in other scripts are printed inside. */
  readonly language?: TextLang;
  readonly gazetteer: Gazetteer;
}

/**
 * Analyses one text: mentions of known entities (from the gazetteer) and of new ones (by rule),
 * dates, meeting ordinals, and proposed relationships each anchored to the clause that becomes
 * its quote. Pure and deterministic: the same text and gazetteer give the same result.
 */
export function analyzeText(text: string, { gazetteer }: AnalyzeOptions): TextAnalysis {
  const dates = findDates(text);
  const ordinals = findOrdinals(text, dates);
  const people = findPeople(text);
  const found: Mention[] = [
    ...gazetteer.find(text),
    ...people.map((p) => {
      const title = positionAt(text, p.end);
      return title && !p.attributes.position ? { ...p, attributes: { ...p.attributes, position: title.text } } : p;
    }),
    ...findOrganisations(text),
    ...findAcronyms(text),
    ...findListItems(text),
    ...findMeetings(text, ordinals),
    ...findEvents(text),
  ].filter((m) => !dates.some((d) => m.start < d.end && d.start < m.end && m.kind !== 'MEETING'));
  const resolved = resolveMentions(found);
  // An acronym given right after a name becomes one of that mention's aliases.
  const mentions = resolved.map((m) => {
    if (m.kind !== 'AGENCY' && m.kind !== 'COMMITTEE') return m;
    const given = acronymGivenAfter(text, m);
    return given ? { ...m, attributes: { ...m.attributes, alias: given.alias, aliasRule: given.rule } } : m;
  });
  const ctx = relationContext(text, mentions, splitClauses(text), splitParagraphs(text));
  proposeAppositions(ctx);
  proposeEvents(ctx);
  proposeGroups(ctx);
  return { mentions, dates, ordinals, proposals: ctx.proposals };
}
