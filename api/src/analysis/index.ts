export { analyzeText, type AnalyzeOptions } from './analyzeText.ts';
export { buildGazetteer, type Gazetteer } from './gazetteer.ts';
export { readPrintedDate } from './readPrintedDate.ts';
export type {
  Candidate,
  DateMention,
  GazetteerEntry,
  Mention,
  OrdinalMention,
  Proposal,
  ProposalType,
  Span,
  TextAnalysis,
  TextLang,
} from './types.ts';
export { applyDecisions, decisionKey, mentionContext, mentionNameKeys } from './applyDecisions.ts';
export type { SimilarNamesOptions } from './similarNames.ts';
export type { AppliedDecision, MentionAction, RememberedDecision } from './types.ts';
