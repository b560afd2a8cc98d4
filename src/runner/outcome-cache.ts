import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileOutcome, IngestOptions } from '../pipeline';
import type { ListedFile } from './list-folder';

/**
 * Parse outcomes kept between runs (the dev server re-syncs on every change; `npm run build`
 * saves them between builds): a file whose bytes and sidecar have not changed since it was
 * parsed is not parsed again.
 * A file is taken as unchanged when its size, modification and change times and inode are
 * (`stat`, no read: Astro's glob loader reads and hashes; a stat is what `make` trusts and
 * costs a fraction). Other rules or another size limit empty the cache.
 */
export class OutcomeCache {
  private outcomes = new Map<string, FileOutcome>();
  private settings = '';
  /** Whether anything was added or forgotten since it was loaded. */
  changed = false;

  /** Forgets everything if the rules or the size limit are not those the outcomes were parsed with. */
  useSettings(options: IngestOptions): void {
    const settings = JSON.stringify([options.rules, options.maxBytes ?? null, options.ablate ?? []], (_key, value) => (value instanceof RegExp ? value.source : value));
    if (settings !== this.settings && this.outcomes.size > 0) {
      this.outcomes.clear();
      this.changed = true;
    }
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
    if (key === null) return;
    this.outcomes.set(key, outcome);
    this.changed = true;
  }

  /** Keeps only the given keys (files that were removed or changed are forgotten). */
  retain(keys: Set<string>): void {
    for (const key of this.outcomes.keys()) {
      if (!keys.has(key)) {
        this.outcomes.delete(key);
        this.changed = true;
      }
    }
  }

  /**
   * Saves the cache to `file` (V8's serializer: at 10,000 files ~120 MB, written and read in
   * ~0.3 s each, against ~2.5 s for JSON). A few changes since it was loaded (a week's new
   * briefings) go to a small `<file>.delta` beside the unchanged base instead of a new base;
   * once the delta holds more than a tenth of the outcomes, the base is written whole again.
   * Each file is written whole, then renamed.
   */
  save(file: string): void {
    mkdirSync(dirname(file), { recursive: true });
    const version = `${CACHE_VERSION}:${this.codeVersion}`;
    const base = this.base;
    if (base && base.version === version && base.settings === this.settings) {
      const added = new Map([...this.outcomes].filter(([key]) => !base.keys.has(key)));
      const removed = [...base.keys].filter((key) => !this.outcomes.has(key));
      if (added.size + removed.length <= this.outcomes.size / 10) {
        writeAtomically(`${file}.delta`, serialize({ baseId: base.id, added, removed }));
        this.changed = false;
        return;
      }
    }
    const id = randomUUID();
    writeAtomically(file, serialize({ id, version, settings: this.settings, outcomes: this.outcomes }));
    rmSync(`${file}.delta`, { force: true });
    this.base = { id, version, settings: this.settings, keys: new Set(this.outcomes.keys()) };
    this.changed = false;
  }

  /**
   * A cache as `save` left it (its base and delta); an empty one when the file is missing,
   * unreadable or from another version of the code (`codeVersion`: outcomes parsed by other
   * code are not reused). A delta made for another base is ignored.
   */
  static load(file: string, codeVersion: string): OutcomeCache {
    const cache = new OutcomeCache();
    cache.codeVersion = codeVersion;
    try {
      const saved = deserialize(readFileSync(file)) as { id: string; version: string; settings: string; outcomes: Map<string, FileOutcome> };
      if (saved.version === `${CACHE_VERSION}:${codeVersion}`) {
        cache.base = { id: saved.id, version: saved.version, settings: saved.settings, keys: new Set(saved.outcomes.keys()) };
        cache.outcomes = saved.outcomes;
        cache.settings = saved.settings;
        const delta = existsSync(`${file}.delta`) ? (deserialize(readFileSync(`${file}.delta`)) as { baseId: string; added: Map<string, FileOutcome>; removed: string[] }) : null;
        if (delta?.baseId === saved.id) {
          for (const key of delta.removed) cache.outcomes.delete(key);
          for (const [key, outcome] of delta.added) cache.outcomes.set(key, outcome);
        }
      }
    } catch {
      // No cache yet, or a broken one: every file is parsed.
    }
    return cache;
  }

  /** The base file as loaded or last saved: what a delta is made against. */
  private base: { id: string; version: string; settings: string; keys: Set<string> } | null = null;
  private codeVersion = '';
}

/** Bumped when a FileOutcome's shape changes (5: the short paragraphs' story check moved to grouping). Code changes are caught by `codeVersion`. */
const CACHE_VERSION = '5';

function writeAtomically(file: string, bytes: Uint8Array): void {
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
}

function stamp(path: string): string {
  const stats = statSync(path, { bigint: true });
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}
