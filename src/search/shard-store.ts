/**
 * The index's state between builds: each shard's Pagefind bundle and sort keys, with the digest
 * of what it indexed, one file a shard (`<stateDir>/<key>.cbor`, CBOR). It lives outside the
 * site (node_modules/.cache/…), so it is never published. A pack that is missing, unreadable
 * or made from other content is treated as absent: that shard is indexed again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from 'cborg';
import type { ShardBundle } from './merge-shards';

interface Pack {
  digest: string;
  files: [string, Uint8Array][];
  sortValues: Record<string, string>[];
}

const packFile = (stateDir: string, key: string) => join(stateDir, `${key}.cbor`);

/** The shard `key` as last indexed, if its digest is `digest`. */
export function readShard(stateDir: string, key: string, digest: string): ShardBundle | null {
  let pack: Pack;
  try {
    pack = decode(readFileSync(packFile(stateDir, key))) as Pack;
  } catch {
    return null;
  }
  if (pack?.digest !== digest || !Array.isArray(pack.files) || !Array.isArray(pack.sortValues)) return null;
  return { key, bundle: new Map(pack.files), sortValues: pack.sortValues };
}

/** Keeps a shard for the next build; written whole or not at all (renamed into place). */
export function writeShard(stateDir: string, digest: string, shard: ShardBundle): void {
  mkdirSync(stateDir, { recursive: true });
  const pack: Pack = { digest, files: [...shard.bundle.entries()].sort(([a], [b]) => (a < b ? -1 : 1)), sortValues: shard.sortValues };
  const target = packFile(stateDir, shard.key);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, encode(pack));
  renameSync(temporary, target);
}

/** Removes the packs of shards no longer in the plan (an emptied shard), and leftovers of an interrupted write. */
export function pruneShards(stateDir: string, keys: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(stateDir);
  } catch {
    return;
  }
  for (const name of names) {
    const key = name.replace(/\.cbor$/, '');
    if (name.endsWith('.tmp') || (name.endsWith('.cbor') && !keys.has(key))) rmSync(join(stateDir, name), { force: true });
  }
}
