export { analyzeText, type AnalyzeOptions } from './analyzeText.ts';
export { buildGazetteer, type Gazetteer } from './gazetteer.ts';
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
