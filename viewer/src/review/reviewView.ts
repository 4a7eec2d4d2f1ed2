import { ENTITY_KINDS, type EntityKind } from '../../../common/kinds.ts';
import { request } from '../api';
import type { ReviewAnalyzeQuery } from '../__generated__/graphql';
import { SimilarNamesQuery } from './reviewOperations.ts';
import {
  entityOfChoice,
  type MentionChoice,
  type ReviewedFact,
  type ReviewMention,
  scriptLang,
  suggestId,
  type TextSpan,
} from './reviewModel.ts';
import { textSegments } from './textSegments.ts';

type Analysis = ReviewAnalyzeQuery['analyzeText'];
type ProposalState = ReviewedFact & { status: 'pending' | 'accepted' | 'rejected'; rule: string };

/** The review of one document: its text, the analysis and every decision taken so far. */
export interface ReviewState {
  readonly source: string;
  readonly text: string;
  readonly analysis: Analysis;
  readonly mentions: ReviewMention[];
  readonly choices: Map<number, MentionChoice>;
  readonly proposals: ProposalState[];
  readonly handFacts: ReviewedFact[];
  selection: TextSpan | null;
}

/** A new review over a stored document and its analysis; every proposal starts pending. */
export function newReview(source: string, text: string, analysis: Analysis): ReviewState {
  return {
    source,
    text,
    analysis,
    mentions: analysis.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind ?? null, context: m.context })),
    choices: new Map(),
    proposals: analysis.proposals.map((p) => ({
      type: p.type,
      from: p.from,
      to: p.to,
      quote: p.quote,
      attributes: p.attributes,
      rule: p.rule,
      status: 'pending',
    })),
    handFacts: [],
    selection: null,
  };
}

/** The facts a commit writes: proposals accepted (as edited) and facts typed by hand. */
export function acceptedFacts(state: ReviewState): ReviewedFact[] {
  return [...state.proposals.filter((p) => p.status === 'accepted'), ...state.handFacts];
}

/** A new element with properties (className, textContent, value …) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Readonly<Record<string, unknown>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** The span of the text selected inside `container`, in UTF-16 offsets of the text; null when none. */
export function selectedSpan(container: HTMLElement, text: string): TextSpan | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** Draws the text with its mentions highlighted, coloured by the decision taken. */
export function renderText(container: HTMLElement, state: ReviewState): void {
  container.replaceChildren(
    ...textSegments(state.text.length, state.mentions).map((s) => {
      const part = state.text.slice(s.start, s.end);
      if (s.mention === null) return document.createTextNode(part);
      const mark = el('mark', { className: 'mention', textContent: part, title: state.mentions[s.mention]?.kind ?? 'mention' });
      mark.dataset.mention = String(s.mention);
      mark.dataset.state = state.choices.get(s.mention)?.action ?? 'open';
      return mark;
    }),
  );
}

function mentionLabel(state: ReviewState, i: number | string): string {
  if (typeof i === 'string') return i;
  const m = state.mentions[i];
  const id = entityOfChoice(state.choices.get(i));
  return `${m?.text ?? '?'}${id ? ` → ${id}` : ''}`;
}

function statusText(choice: MentionChoice | undefined): string {
  if (!choice) return 'undecided';
  if (choice.action === 'LINK') return `linked to ${choice.entityId}`;
  if (choice.action === 'NEW_ENTITY') return `new ${choice.entity.kind.toLowerCase()} ${choice.entity.id}`;
  return 'not an entity';
}

/** The form that creates a new entity from a mention: kind and names prefilled, similar names shown before it is created. */
function newEntityForm(state: ReviewState, i: number, done: () => void): HTMLElement {
  const m = state.mentions[i] as ReviewMention;
  const kind = el(
    'select',
    { className: 'entity-kind' },
    ...ENTITY_KINDS.filter((k) => k !== 'SOURCE').map((k) => el('option', { value: k, textContent: k })),
  );
  kind.value = m.kind ?? 'AGENCY';
  const lang = scriptLang(m.text);
  const names = Object.fromEntries(
    (['th', 'en', 'zh'] as const).map((l) => [l, el('input', { className: `name-${l}`, value: l === lang ? m.text : '', placeholder: l })]),
  ) as Record<'th' | 'en' | 'zh', HTMLInputElement>;
  const id = el('input', { className: 'entity-id', value: suggestId(kind.value as EntityKind, m.text) });
  const similar = el('div', { className: 'similar-names', textContent: 'Looking for similar names…' });
  const showSimilar = async () => {
    try {
      const found = (await request(SimilarNamesQuery, { name: m.text, kind: kind.value as EntityKind })).similarNames;
      similar.replaceChildren(
        found.length ? 'Similar names already in the graph — link instead if one is the same: ' : 'No similar names in the graph.',
        ...found.map((c) => {
          const b = el('button', {
            type: 'button',
            className: 'similar-link',
            textContent: `${c.entity.name} (${c.entity.id}, ${c.score.toFixed(2)})`,
            title: c.reason,
          });
          b.dataset.entity = c.entity.id;
          b.addEventListener('click', () => {
            state.choices.set(i, { action: 'LINK', entityId: c.entity.id });
            done();
          });
          return b;
        }),
      );
    } catch (error) {
      similar.textContent = (error as Error).message;
    }
  };
  kind.addEventListener('change', () => {
    id.value = suggestId(kind.value as EntityKind, m.text);
    void showSimilar();
  });
  void showSimilar();
  const create = el('button', { type: 'button', className: 'create-entity', textContent: 'Create' });
  create.addEventListener('click', () => {
    const given = Object.fromEntries(Object.entries(names).flatMap(([l, input]) => (input.value.trim() ? [[l, input.value.trim()]] : [])));
    state.choices.set(i, { action: 'NEW_ENTITY', entity: { id: id.value.trim(), kind: kind.value as EntityKind, names: given } });
    done();
  });
  return el(
    'div',
    { className: 'new-entity-form' },
    el('label', {}, 'Kind ', kind),
    el('label', {}, 'ไทย ', names.th),
    el('label', {}, 'English ', names.en),
    el('label', {}, '中文 ', names.zh),
    el('label', {}, 'Id ', id),
    similar,
    create,
  );
}

/** Draws the list of mentions with their candidates and the three decisions. */
export function renderMentions(list: HTMLElement, state: ReviewState, changed: () => void): void {
  const source = state.analysis.mentions;
  list.replaceChildren(
    ...state.mentions.map((m, i) => {
      const item = el('li', { className: 'mention-item' });
      item.dataset.mention = String(i);
      const remembered = source[i]?.decision;
      const status = el('span', { className: 'status', textContent: statusText(state.choices.get(i)) });
      item.append(
        el('strong', { textContent: m.text }),
        ` `,
        el('span', { className: 'muted', textContent: `${m.kind ?? 'no kind'} · ${source[i]?.rule ?? ''}` }),
        ' ',
        status,
      );
      if (remembered) {
        item.append(
          el('div', {
            className: 'muted remembered',
            textContent: `Remembered: ${remembered.action.toLowerCase().replace('_', ' ')} by ${remembered.decidedBy}`,
          }),
        );
      }
      const buttons = el('div');
      for (const c of source[i]?.candidates ?? []) {
        const b = el('button', {
          type: 'button',
          className: 'link-candidate',
          textContent: `Link to ${c.entity.name} (${c.score.toFixed(2)})`,
          title: `${c.entity.id}: ${c.reason}`,
        });
        b.dataset.entity = c.entity.id;
        b.addEventListener('click', () => {
          state.choices.set(i, { action: 'LINK', entityId: c.entity.id });
          changed();
        });
        buttons.append(b);
      }
      const create = el('button', { type: 'button', className: 'new-entity', textContent: 'New entity…' });
      create.addEventListener('click', () => {
        item.querySelector('.new-entity-form')?.remove();
        item.append(newEntityForm(state, i, changed));
      });
      const not = el('button', { type: 'button', className: 'not-entity', textContent: 'Not an entity' });
      not.addEventListener('click', () => {
        state.choices.set(i, { action: 'NOT_ENTITY' });
        changed();
      });
      buttons.append(create, not);
      item.append(buttons);
      return item;
    }),
  );
}

/** Draws the proposed relationships: type and ends editable, the quote replaceable by the selected span; accept or reject. */
export function renderProposals(list: HTMLElement, state: ReviewState, changed: () => void): void {
  const options = (selected: number | string) => {
    const select = el('select');
    state.mentions.forEach((_m, i) =>
      select.append(el('option', { value: String(i), textContent: mentionLabel(state, i), selected: i === selected })),
    );
    return select;
  };
  list.replaceChildren(
    ...state.proposals.map((p, i) => {
      const item = el('li', { className: 'proposal' });
      item.dataset.proposal = String(i);
      item.dataset.status = p.status;
      item.dataset.type = p.type;
      const type = el('input', { className: 'proposal-type', value: p.type, size: 16 });
      type.setAttribute('list', 'relationship-types');
      const from = options(p.from);
      const to = options(p.to);
      const update = (patch: Partial<ProposalState>) => {
        state.proposals[i] = { ...(state.proposals[i] as ProposalState), ...patch };
      };
      type.addEventListener('change', () => update({ type: type.value.trim().toUpperCase() }));
      from.addEventListener('change', () => update({ from: Number(from.value) }));
      to.addEventListener('change', () => update({ to: Number(to.value) }));
      const quote = el('q', { className: 'proposal-quote', textContent: p.quote.text });
      const useSelection = el('button', { type: 'button', className: 'use-selection', textContent: 'Quote the selection' });
      useSelection.addEventListener('click', () => {
        if (state.selection) {
          update({ quote: state.selection });
          changed();
        }
      });
      const accept = el('button', { type: 'button', className: 'accept', textContent: 'Accept' });
      accept.addEventListener('click', () => {
        update({ status: 'accepted' });
        changed();
      });
      const reject = el('button', { type: 'button', className: 'reject', textContent: 'Reject' });
      reject.addEventListener('click', () => {
        update({ status: 'rejected' });
        changed();
      });
      item.append(
        el('div', {}, type, ' ', from, ' → ', to, ' ', el('span', { className: 'status', textContent: p.status })),
        el('div', {}, quote),
        el('div', { className: 'muted', textContent: p.rule }),
        el('div', {}, accept, reject, useSelection),
      );
      return item;
    }),
  );
}

/** Draws the facts typed by hand, each removable. */
export function renderFacts(list: HTMLElement, state: ReviewState, changed: () => void): void {
  list.replaceChildren(
    ...state.handFacts.map((f, i) => {
      const remove = el('button', { type: 'button', textContent: 'Remove' });
      remove.addEventListener('click', () => {
        state.handFacts.splice(i, 1);
        changed();
      });
      return el(
        'li',
        { className: 'fact' },
        `${mentionLabel(state, f.from)} —${f.type}→ ${mentionLabel(state, f.to)} `,
        el('q', { textContent: f.quote.text }),
        ' ',
        remove,
      );
    }),
  );
}
