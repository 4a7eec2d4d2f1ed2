import { ApiError, request } from '../api';
import type { Lang, ReviewChangesetFragment } from '../__generated__/graphql';
import {
  AddSourceMutation,
  AnalyzeQuery,
  CommitChangesetMutation,
  RememberDecisionsMutation,
  RevertChangesetMutation,
} from './reviewOperations.ts';
import { buildChangeset, buildDecisions, documentFromFile, entityOfChoice } from './reviewModel.ts';
import {
  acceptedFacts,
  newReview,
  renderFacts,
  renderMentions,
  renderProposals,
  renderText,
  type ReviewState,
  selectedSpan,
} from './reviewView.ts';

const $ = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The review page has no #${id}`);
  return node as T;
};
const value = (id: string): string => $<HTMLInputElement>(id).value.trim();
const KEY_STORAGE = 'review.apiKey';

const keyInput = $<HTMLInputElement>('api-key');
keyInput.value = sessionStorage.getItem(KEY_STORAGE) ?? '';
keyInput.addEventListener('change', () => sessionStorage.setItem(KEY_STORAGE, keyInput.value.trim()));
const apiKey = (): string => keyInput.value.trim();

const say = (id: string, message: string, error = false): void => {
  const node = $(id);
  node.textContent = message;
  node.classList.toggle('error', error);
};
const messageOf = (error: unknown): string => (error instanceof ApiError || error instanceof Error ? error.message : String(error));

let state: ReviewState | null = null;

/** Draws every part of the review again after a decision. */
function redraw(): void {
  if (!state) return;
  renderText($('review-text'), state);
  renderMentions($('mentions'), state, redraw);
  renderProposals($('proposals'), state, redraw);
  renderFacts($('facts'), state, redraw);
  const known = new Set<string>();
  for (const c of state.choices.values()) {
    const id = entityOfChoice(c);
    if (id) known.add(id);
  }
  // The types the analysis proposed are offered for facts typed by hand (the API checks any other).
  const types = [...new Set(state.proposals.map((p) => p.type))];
  $('relationship-types').replaceChildren(...types.map((t) => Object.assign(document.createElement('option'), { value: t })));
  $('known-entities').replaceChildren(...[...known].map((id) => Object.assign(document.createElement('option'), { value: id })));
}

$('review-text').addEventListener('mouseup', () => {
  if (!state) return;
  const span = selectedSpan($('review-text'), state.text);
  if (span) {
    state.selection = span;
    $('fact-quote').textContent = span.text;
  }
});

$<HTMLInputElement>('doc-file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  void file.text().then((content) => {
    const opened = documentFromFile(file.name, content);
    if (typeof opened === 'string') return say('document-status', opened, true);
    $<HTMLInputElement>('doc-title').value = opened.title;
    $<HTMLTextAreaElement>('doc-text').value = opened.text;
    if (opened.language) $<HTMLSelectElement>('doc-language').value = opened.language;
    say(
      'document-status',
      `Opened ${file.name}: check the title and fill in what the file does not say (address, publisher, date), then add it.`,
    );
  });
});

$<HTMLFormElement>('document-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void (async () => {
    say('document-status', 'Adding the document…');
    try {
      const input = {
        title: value('doc-title'),
        language: value('doc-language'),
        text: $<HTMLTextAreaElement>('doc-text').value,
        ...(value('doc-url') ? { url: value('doc-url') } : {}),
        ...(value('doc-publisher') ? { publisher: value('doc-publisher') } : {}),
        ...(value('doc-date') ? { date: value('doc-date') } : {}),
        ...(value('doc-note') ? { note: value('doc-note') } : {}),
      };
      const added = (await request(AddSourceMutation, { input }, apiKey())).addSource;
      const copy = added.duplicateOf
        ? `This document is a copy of “${added.duplicateOf.title}” (${added.duplicateOf.id}, ${added.duplicateReason === 'SAME_URL' ? 'the same address' : 'the same text'}); reviewing that source.`
        : `Added as ${added.source.id}.`;
      const lang = (
        added.source.language.toUpperCase() === 'ZH' ? 'ZH' : added.source.language.toUpperCase() === 'EN' ? 'EN' : 'TH'
      ) as Lang;
      const analysis = (await request(AnalyzeQuery, { text: added.source.text, language: lang })).analyzeText;
      state = newReview(added.source.id, added.source.text, analysis);
      say('document-status', `${copy} ${analysis.mentions.length} mentions, ${analysis.proposals.length} proposed relationships.`);
      $('review').hidden = false;
      $('commit-result').hidden = true;
      redraw();
    } catch (error) {
      say('document-status', messageOf(error), true);
    }
  })();
});

$<HTMLFormElement>('hand-fact').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state) return;
  if (!state.selection) return say('commit-status', 'Select the span of the text that states the fact first.', true);
  if (!value('fact-type') || !value('fact-from') || !value('fact-to'))
    return say('commit-status', 'Give the fact a type and both ends.', true);
  state.handFacts.push({
    type: value('fact-type').toUpperCase(),
    from: value('fact-from'),
    to: value('fact-to'),
    quote: state.selection,
    attributes: {},
  });
  say('commit-status', '');
  redraw();
});

/** Shows a committed (or reverted) changeset, with the button that reverts it. */
function showChangeset(changeset: ReviewChangesetFragment): void {
  const box = $('commit-result');
  box.hidden = false;
  const line = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
  const heading = Object.assign(document.createElement('p'), {
    className: 'changeset-id',
    textContent: `Changeset ${changeset.id} by ${changeset.createdBy}, ${changeset.createdAt}${changeset.revertedAt ? ` — reverted by ${changeset.revertedBy}, ${changeset.revertedAt}` : ''}`,
  });
  const list = document.createElement('ul');
  list.className = 'changeset-items';
  list.append(
    ...changeset.entities.map((e) => line(`entity ${e.id}: ${e.name}`)),
    ...changeset.relationships.map((r) => line(`${r.from} —${r.type}→ ${r.to}`)),
  );
  const revert = Object.assign(document.createElement('button'), {
    id: 'revert',
    type: 'button',
    textContent: 'Revert this changeset',
    disabled: Boolean(changeset.revertedAt),
  });
  revert.addEventListener('click', () => {
    void (async () => {
      try {
        const reverted = (await request(RevertChangesetMutation, { id: changeset.id, reason: 'Reverted from the review page' }, apiKey()))
          .revertChangeset;
        showChangeset(reverted);
        say('commit-status', `Changeset ${reverted.id} reverted.`);
      } catch (error) {
        say('commit-status', messageOf(error), true);
      }
    })();
  });
  box.replaceChildren(heading, list, revert);
}

$('commit').addEventListener('click', () => {
  if (!state) return;
  const review = state;
  const { input, problems } = buildChangeset(
    review.source,
    review.mentions,
    review.choices,
    acceptedFacts(review),
    value('changeset-note'),
  );
  if (problems.length) return say('commit-status', problems.join(' '), true);
  void (async () => {
    say('commit-status', 'Committing…');
    try {
      const changeset = (await request(CommitChangesetMutation, { input: input as never }, apiKey())).commitChangeset;
      const decisions = buildDecisions(review.mentions, review.choices);
      const remembered = decisions.length
        ? (await request(RememberDecisionsMutation, { source: review.source, decisions: decisions as never }, apiKey())).rememberDecisions
        : 0;
      say(
        'commit-status',
        `Committed: ${changeset.entities.length} entities, ${changeset.relationships.length} relationships; ${remembered} decisions remembered.`,
      );
      showChangeset(changeset);
    } catch (error) {
      say('commit-status', messageOf(error), true);
    }
  })();
});

document.body.dataset.ready = 'true';
