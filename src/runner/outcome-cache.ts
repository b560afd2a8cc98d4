import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileOutcome, IngestOptions } from '../pipeline';
import type { ListedFile } from './list-folder';

/**
 * Parse outcomes kept between runs of one process (the dev server re-syncs on every change):
 * a file whose bytes and sidecar have not changed since it was parsed is not parsed again.
 * A file is taken as unchanged when its size, modification and change times and inode are
 * (`stat`, no read: Astro's glob loader reads and hashes; a stat is what `make` trusts and
 * costs a fraction). Other rules or another size limit empty the cache.
 */
export class OutcomeCache {
  private readonly outcomes = new Map<string, FileOutcome>();
  private settings = '';

  /** Forgets everything if the rules or the size limit are not those the outcomes were parsed with. */
  useSettings(options: IngestOptions): void {
    const settings = JSON.stringify([options.rules, options.maxBytes ?? null, options.ablate ?? []], (_key, value) => (value instanceof RegExp ? value.source : value));
    if (settings !== this.settings) this.outcomes.clear();
    this.settings = settings;
  }

  /** The key of a listed file as it is on disk now; null when it cannot be looked at (it is parsed, and its error reported). */
  keyOf(dir: string, listed: ListedFile): string | null {
    try {
      const parts = [listed.file, stamp(join(dir, listed.file))];
      if (listed.sidecar) parts.push(listed.sidecar, stamp(join(dir, listed.sidecar)));
      return parts.join('\0');
    } catch {
      return null;
    }
  }

  get(key: string | null): FileOutcome | undefined {
    return key === null ? undefined : this.outcomes.get(key);
  }

  set(key: string | null, outcome: FileOutcome): void {
    if (key !== null) this.outcomes.set(key, outcome);
  }

  /** Keeps only the given keys (files that were removed or changed are forgotten). */
  retain(keys: Set<string>): void {
    for (const key of this.outcomes.keys()) if (!keys.has(key)) this.outcomes.delete(key);
  }
}

function stamp(path: string): string {
  const stats = statSync(path, { bigint: true });
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}
