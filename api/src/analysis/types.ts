import type { EntityKind } from '../../../common/kinds.ts';
import type { Lang, LocalizedText } from '../../../common/langs.ts';
import type { RelationshipType } from '../domain/relationshipTypes.ts';

/** One entity's names as the gazetteer reads them from the graph. */
export interface GazetteerEntry {
  readonly entityId: string;
  readonly kind: EntityKind;
  readonly names: LocalizedText;
  readonly aliases: readonly string[];
}

/** An entity of the graph a mention may name, with how sure and why. */
export interface Candidate {
  readonly entityId: string;
  /** In [0, 1], higher is better. */
  readonly score: number;
  /** Which name or alias matched and through which normalisation. */
  readonly reason: string;
}

/** A span of the text that names a person, body, place or other entity. */
export interface Mention {
  /** UTF-16 code units: `text.slice(start, end) === mention.text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: EntityKind | null;
  /** Entities already in the graph it may name, best first. */
  readonly candidates: readonly Candidate[];
  /** The rule or gazetteer lookup that made the mention. */
  readonly rule: string;
  /** What the rule read beside the name: honorific, position, aliases given in the text. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The kind of context decisions are remembered for (`applyDecisions.ts`); set once decisions are applied. */
  readonly context?: string;
  /** The review decision remembered for this name, when there is one. */
  readonly decision?: AppliedDecision;
}

/** What a reviewer decided about a mention. */
export type MentionAction = 'LINK' | 'NEW_ENTITY' | 'NOT_ENTITY';

/** A review decision as remembered: for a normalised name, a kind and a context; with who and when. */
export interface RememberedDecision {
  /** `nameKey|kind|context`: one decision per name, kind and context. */
  readonly key: string;
  /** The name as the gazetteer normalises it. */
  readonly nameKey: string;
  /** The mention's kind, or `NONE`. */
  readonly kind: string;
  readonly context: string;
  /** The name as printed. */
  readonly text: string;
  readonly action: MentionAction;
  /** The entity linked or created; null for NOT_ENTITY. */
  readonly entityId: string | null;
  readonly decidedBy: string;
  readonly decidedAt: string;
  /** The source under review. */
  readonly sourceId: string | null;
}

/** A remembered decision found for a mention, and whether it was made in the mention's own context. */
export interface AppliedDecision extends RememberedDecision {
  readonly sameContext: boolean;
}

/** A date or range of dates as printed, at the precision the text gives. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `yyyy-mm-dd`, `yyyy-mm`, `yyyy`, or without a printed year `--mm-dd` / `--mm`. */
  readonly date: string;
  readonly endDate: string | null;
  readonly rule: string;
}

/** A meeting's number as printed (`ครั้งที่ ๒๒`, `第四次`, `4th`). */
export interface OrdinalMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly rule: string;
}

/** The relationship types the rules propose: only those of the domain's catalogue. */
export type ProposalType = RelationshipType;

/** A span of the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A relationship between two mentions, anchored to the clause that becomes its quote. */
export interface Proposal {
  readonly type: ProposalType;
  /** Index of the subject in `mentions`. */
  readonly from: number;
  /** Index of the object in `mentions`. */
  readonly to: number;
  readonly quote: Span;
  readonly rule: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** What the analysis of one text found. */
export interface TextAnalysis {
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
  readonly ordinals: readonly OrdinalMention[];
  readonly proposals: readonly Proposal[];
}

/** The language of a text, when the caller knows it. */
export type TextLang = Lang;
