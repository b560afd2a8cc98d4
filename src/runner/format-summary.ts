import type { IngestResult } from '../schema';

/**
 * The human summary of an ingest run: the file arithmetic, then one line per rejection and
 * per note, each naming the file.
 */
export function formatSummary(input: string, result: IngestResult, jsonPath?: string): string {
  const files = result.issues.length + result.duplicates.length + result.rejected.length;
  const lines = [
    `Ingested ${input}: ${files} files read = ${result.issues.length} issues + ${result.duplicates.length} duplicates merged + ${result.rejected.length} rejected`,
  ];
  if (result.rejected.length > 0) {
    lines.push('', `Rejected (${result.rejected.length}):`, ...result.rejected.map((r) => `  ✗ ${r.file}: ${r.reason}`));
  }
  if (result.notes.length > 0) {
    lines.push('', `Notes (${result.notes.length}):`, ...result.notes.map((n) => `  • ${n.file}${n.line ? `:${n.line}` : ''}: ${n.message} [${n.rule}]`));
  }
  if (jsonPath) lines.push('', `Report written to ${jsonPath}`);
  return lines.join('\n');
}
