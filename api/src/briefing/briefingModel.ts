import type { Lang } from '../../../common/langs.ts';
import type { EntityModel } from '../model/models.ts';

/** One sentence of a brief, with the numbers of the citations that support it. */
export interface BriefingStatement {
  readonly text: string;
  readonly citations: number[];
}

/** A titled group of statements. */
export interface BriefingSection {
  readonly key: string;
  readonly heading: string;
  readonly statements: BriefingStatement[];
}

/** An entity on the other side, with what connects them. */
export interface BriefingCounterpart {
  readonly entity: EntityModel;
  readonly name: string;
  readonly organizations: string[];
  readonly sharedMeetings: number;
  readonly sharedWorkingGroups: number;
  /** Names along the shortest connecting path, from the subject to the counterpart. */
  readonly path: string[];
  readonly statement: BriefingStatement;
}

/** One numbered citation of the source list: the quote, verbatim, and its source. */
export interface BriefingCitation {
  readonly number: number;
  readonly quote: string;
  readonly source: EntityModel;
}

/** A one-page brief on an entity, every statement numbered to its citation. */
export interface Briefing {
  readonly entity: EntityModel;
  readonly lang: Lang;
  readonly title: string;
  readonly kindLabel: string;
  readonly sideLabel: string | null;
  readonly sections: BriefingSection[];
  readonly counterparts: BriefingCounterpart[];
  /** What the sources do not say, as plain notices (not statements about the subject). */
  readonly unknown: string[];
  readonly citations: BriefingCitation[];
  readonly generatedAt: string;
  readonly datasetVersion: string;
}
