import type { Request, Response } from 'express';
import { escapeHtml } from '../../../common/escapeHtml.ts';
import { loadBriefing } from '../briefing/loadBriefing.ts';
import { briefingToHtml } from '../briefing/renderHtml.ts';
import { briefingToMarkdown } from '../briefing/renderMarkdown.ts';
import type { QueryRunner } from '../db/executor.ts';
import type { Lang } from '../../../common/langs.ts';
import { AppError, ErrorCode } from '../errors.ts';

const LANGS = new Set(['th', 'en', 'zh']);

/** GET /briefing/:id?lang=en&format=html|md — the brief as print-ready HTML or Markdown; 404 for an unknown id. */
export function briefingRoute(db: QueryRunner) {
  return async (req: Request, res: Response): Promise<void> => {
    const id = String(req.params.id ?? '');
    const lang = String(req.query.lang ?? 'en');
    const format = String(req.query.format ?? 'html');
    if (!LANGS.has(lang) || !['html', 'md'].includes(format)) {
      res.status(400).type('text').send('Use ?lang=th, en or zh and ?format=html or md.');
      return;
    }
    try {
      const brief = await loadBriefing(db, id, lang as Lang);
      if (!brief) {
        res
          .status(404)
          .type('html')
          .send(
            `<!doctype html><meta charset="utf-8"><title>Not found</title><h1>No entity with id “${escapeHtml(id)}”</h1><p>Search for it in the <a href="/">viewer</a>.</p>`,
          );
        return;
      }
      if (format === 'md') res.type('text/markdown; charset=utf-8').send(briefingToMarkdown(brief));
      else res.type('html').send(briefingToHtml(brief));
    } catch (error) {
      const status = error instanceof AppError && error.code === ErrorCode.ServiceUnavailable ? 503 : 500;
      res
        .status(status)
        .type('text')
        .send(error instanceof AppError ? error.message : 'The briefing could not be made.');
    }
  };
}
