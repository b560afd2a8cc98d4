import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listInputFolder } from '../../src/runner';
import { readListedFile } from '../../src/runner/read-file';
import { ingestFolder } from '../helpers/pipeline';

const BRIEFING = 'Weekly Test Insight\nBeijing, 6 February 2026\nA heading here\nA paragraph long enough to read as prose, with a full stop at the end.\n';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefings-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('listInputFolder and readListedFile', () => {
  it('lists raw files recursively, in name order, with their sidecars, and reads them', async () => {
    const dir = folder({ 'b.txt': BRIEFING, 'sub/a.txt': BRIEFING, 'b.meta.json': '{"title":"T"}', '.hidden.txt': 'x' });
    const listing = await listInputFolder(dir);
    expect(listing.files).toEqual([{ file: 'b.txt', sidecar: 'b.meta.json' }, { file: 'sub/a.txt' }]);
    const raw = readListedFile(dir, listing.files[0]);
    expect('bytes' in raw && new TextDecoder().decode(raw.bytes)).toBe(BRIEFING);
    expect('sidecar' in raw && raw.sidecar).toEqual({ file: 'b.meta.json', text: '{"title":"T"}' });
  });

  it('rejects what it cannot use, never throws: other types, oversized files, symlink loops, FIFOs', async () => {
    const dir = folder({ 'ok.txt': BRIEFING, 'photo.png': 'x', 'big.txt': 'x'.repeat(2048) });
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const result = await ingestFolder(dir, { maxBytes: 1024 });
    expect(result.issues.map((i) => i.sources[0].file)).toEqual(['ok.txt']);
    expect(Object.fromEntries(result.rejected.map((r) => [r.file, r.reason]))).toEqual({
      'big.txt': 'file is 2.0 kB, over the 1.0 kB limit',
      'loop-a.txt': 'broken or looping symbolic link: too many levels of symbolic links',
      'loop-b.txt': 'broken or looping symbolic link: too many levels of symbolic links',
      'photo.png': 'unsupported file type: raw briefings are .txt (or .md) files, saved e-mails (.eml) or saved web pages (.html, .htm)',
      'pipe.txt': 'not a regular file',
    });
  });

  it('notes a sidecar without a raw file', async () => {
    const listing = await listInputFolder(folder({ 'orphan.meta.yaml': 'title: x' }));
    expect(listing.notes).toEqual([{ file: 'orphan.meta.yaml', rule: 'sidecar', message: 'sidecar has no raw file beside it; ignored' }]);
  });
});

describe('bad files never take the archive down', () => {
  it('ingests the good files and rejects each bad one with a reason', async () => {
    const dir = folder({
      'good.txt': BRIEFING,
      'empty.txt': '',
      'blank.txt': ' \n \n',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      'utf16.txt': new Uint8Array([0xff, 0xfe, ...[...'Title\r\nBody text that reads as a sentence.'].flatMap((c) => [c.charCodeAt(0), 0])]),
    });
    const result = await ingestFolder(dir);
    expect(result.issues.map((i) => i.sources[0].file).sort()).toEqual(['good.txt', 'utf16.txt']);
    expect(result.rejected.map((r) => r.file)).toEqual(['binary.txt', 'blank.txt', 'empty.txt']);
    expect(result.issues.length + result.duplicates.length + result.rejected.length).toBe(5);
  });

  it('reports sidecar problems and keeps the rest of the sidecar', async () => {
    const dir = folder({
      'a.txt': BRIEFING,
      'a.meta.yaml': 'date: 2026-02-31\npublisher: Example Press\ncolour: blue\n',
      'b.txt': BRIEFING.replace('Weekly Test', 'Other'),
      'b.meta.json': '{ "title": ',
    });
    const result = await ingestFolder(dir);
    const a = result.issues.find((i) => i.sources[0].file === 'a.txt')!;
    expect(a.publisher).toBe('Example Press');
    expect(a.date).toBe('2026-02-06');
    const messages = result.notes.filter((n) => n.rule === 'sidecar').map((n) => n.message);
    expect(messages).toEqual([
      'sidecar a.meta.yaml: date: not a real calendar date (field ignored)',
      expect.stringContaining('sidecar a.meta.yaml: unknown field "colour" ignored'),
      expect.stringContaining('sidecar b.meta.json ignored: not valid JSON'),
    ]);
  });
});
