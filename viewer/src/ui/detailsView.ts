import type { Lang } from '../../../common/langs.ts';
import { request } from '../api';
import { DetailsQuery } from '../operations';
import { renderEdgeDetails, renderEntityDetails } from './detailsPanel';

/**
 * The details panel as a view: fetches what it shows, opens and closes, and says when the room
 * left for the graph changed. While the next entity loads, the panel still shows the previous one
 * and is inert, so that a quick click on its buttons (Path to here…) cannot act on the wrong entity.
 */
export class DetailsView {
  private loading = 0;

  constructor(
    private readonly panel: HTMLElement,
    private readonly resized: () => void,
  ) {}

  /** Whether the panel is open. */
  get open(): boolean {
    return !this.panel.hidden;
  }

  /** Shows an entity: names, attributes, citations and relationships. */
  async showEntity(id: string, lang: Lang): Promise<void> {
    const data = await this.load(id);
    renderEntityDetails(this.panel, data, lang);
    this.setOpen(true);
  }

  /** Shows a relationship, found among those of its source entity. */
  async showEdge(edge: { id: string; source: string }, lang: Lang): Promise<void> {
    const data = await this.load(edge.source);
    renderEdgeDetails(this.panel, data, edge.id, lang);
    this.setOpen(true);
  }

  /** Closes the panel and empties it. */
  close(): void {
    this.setOpen(false);
    this.panel.innerHTML = '';
  }

  private async load(id: string) {
    this.panel.inert = ++this.loading > 0;
    try {
      return await request(DetailsQuery, { id });
    } finally {
      this.panel.inert = --this.loading > 0;
    }
  }

  private setOpen(open: boolean): void {
    if (this.panel.hidden === !open) return;
    this.panel.hidden = !open;
    this.resized();
  }
}
