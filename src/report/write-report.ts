import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { extractionHtml } from './html';
import { extractionMarkdown } from './markdown';
import type { ExtractionReport } from './rows';

/** Writes the report to `path`: HTML for `.html`/`.htm`, Markdown otherwise. Returns the format. */
export function writeExtractionReport(path: string, report: ExtractionReport): 'html' | 'markdown' {
  const html = /^\.html?$/i.test(extname(path));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html ? extractionHtml(report) : extractionMarkdown(report));
  return html ? 'html' : 'markdown';
}
