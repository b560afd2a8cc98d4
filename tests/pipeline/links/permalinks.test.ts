/**
 * Links are forever: a maintainer's ordinary edits never change a published issue or section id,
 * because the permalink record remembers them; former ids are kept for redirects.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestResult, Issue } from '../../../src/schema';
import { assignPermalinks } from '../../../src/pipeline';
import { matchSections } from '../../../src/pipeline/links/match-sections';
import { fixtureDir, ingestFolder, ingestText, RAW_DIR } from '../../helpers/pipeline';

const LONG_READ = '003_0a6bf08919da8192.txt';
const NEWSLETTER = '001_cd2cf3c2f2888c79.txt';

function archive() {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  cpSync(RAW_DIR, dir, { recursive: true });
  rmSync(join(dir, 'permalinks.json'), { force: true });
  const record = join(dir, 'permalinks.json');
  const run = () => ingestFolder(dir, { permalinks: record });
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return { dir, record, run, edit };
}
const byFile = (result: IngestResult, file: string): Issue => result.issues.find((issue) => issue.sources.some((source) => source.file === file))!;

describe('permanent ids', () => {
  it('an edited word, a sidecar title and a renamed file keep the issue id', async () => {
    const { dir, run, edit } = archive();
    const before = byFile(await run(), LONG_READ);
    expect(before.id).toMatch(/^untitled-/);
    edit(LONG_READ, (text) => text.replace('provincial', 'Provincial'));
    writeFileSync(join(dir, LONG_READ.replace('.txt', '.meta.yaml')), 'title: What the provincial work reports reveal\n');
    const after = byFile(await run(), LONG_READ);
    expect(after.title).toBe('What the provincial work reports reveal');
    expect(after.id).toBe(before.id);
    renameSync(join(dir, LONG_READ), join(dir, 'renamed.txt'));
    renameSync(join(dir, LONG_READ.replace('.txt', '.meta.yaml')), join(dir, 'renamed.meta.yaml'));
    expect(byFile(await run(), 'renamed.txt').id).toBe(before.id);
  });

  it('a fixed heading keeps its section id, and every other section keeps its own', async () => {
    const { run, edit } = archive();
    const before = byFile(await run(), NEWSLETTER);
    const putin = before.sections.find((s) => s.heading?.startsWith('Xi and Putin'))!;
    edit(NEWSLETTER, (text) => text.replace('Xi and Putin reaffirm strategic alignment via videoconferencing', 'Xi and Putin reaffirm their strategic alignment by video link'));
    const after = byFile(await run(), NEWSLETTER);
    const renamed = after.sections.find((s) => s.heading?.startsWith('Xi and Putin'))!;
    expect(renamed.heading).toBe('Xi and Putin reaffirm their strategic alignment by video link');
    expect(renamed.id).toBe(putin.id);
    expect(after.sections.map((s) => s.id)).toEqual(before.sections.map((s) => s.id));
  });

  it('a copy that becomes canonical keeps the issue id, and its own id redirects', async () => {
    const { dir, run } = archive();
    rmSync(join(dir, NEWSLETTER));
    const before = byFile(await run(), '000_e7298f76f3934d72.txt');
    cpSync(join(RAW_DIR, NEWSLETTER), join(dir, NEWSLETTER));
    const after = byFile(await run(), NEWSLETTER);
    expect(after.sources[0].file).toBe(NEWSLETTER);
    expect(after.sources.map((s) => s.file)).toContain('000_e7298f76f3934d72.txt');
    expect(after.id).toBe(before.id);
    // The id 001 had on its own is not taken by anything else, and the copy's files are all listed.
    expect(after.aliases).not.toContain(after.id);
  });

  it('two recorded issues that become one: the other id and its sections redirect', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-merge-'));
    const record = join(dir, 'permalinks.json');
    const [complete, truncated] = ['complete.txt', 'truncated.txt'].map((name) => readFileSync(join(fixtureDir('dup-truncated'), 'input', name), 'utf8'));
    writeFileSync(join(dir, 'complete.txt'), complete);
    writeFileSync(join(dir, 'other.txt'), 'A different briefing entirely\n\nThis one talks about soybeans and ports, and nothing else at all.\n');
    const first = await ingestFolder(dir, { permalinks: record });
    const other = byFile(first, 'other.txt');
    // The maintainer replaces the unrelated file with a truncated copy of the first one.
    writeFileSync(join(dir, 'other.txt'), truncated);
    const second = await ingestFolder(dir, { permalinks: record });
    expect(second.issues).toHaveLength(1);
    expect(second.issues[0].id).toBe(byFile(first, 'complete.txt').id);
    expect(second.issues[0].aliases).toContain(other.id);
    expect(second.issues[0].sections.flatMap((s) => s.aliases)).toEqual(expect.arrayContaining(other.sections.map((s) => s.id).filter((id) => !second.issues[0].sections.some((s) => s.id === id))));
  });

  it('without the record the ids move: the record is what keeps them', async () => {
    const { record, run, edit } = archive();
    const before = byFile(await run(), NEWSLETTER);
    edit(NEWSLETTER, (text) => text.replace('rare and wide-ranging', 'rare, wide-ranging'));
    rmSync(record);
    expect(byFile(await run(), NEWSLETTER).id).not.toBe(before.id);
  });

  it('the same briefings and record give the same record, byte for byte, and it is not rewritten', async () => {
    const { record, run } = archive();
    await run();
    const text = readFileSync(record, 'utf8');
    const written = readFileSync(record).length;
    await run();
    expect(readFileSync(record, 'utf8')).toBe(text);
    expect(written).toBeGreaterThan(100);
  });

  it('an id the record holds for a removed briefing is never given to a new one; a note says so', () => {
    const outcome = ingestText('Trade Weekly\nBeijing, 6 February 2026\nExports rose again in January, led by machinery and electronics.', 'new.txt');
    if (outcome.kind !== 'issue') throw new Error('rejected');
    const record = { version: 1 as const, issues: { [outcome.issue.id]: { files: ['gone.txt'], sha256: ['0000000000000000'], former: [], sections: [] } } };
    const result = assignPermalinks([outcome.issue], [], record);
    expect(result.issues[0].id).toBe(`${outcome.issue.id}-2`);
    expect(result.notes).toEqual([expect.objectContaining({ file: 'new.txt', rule: 'permalink-collision' })]);
    expect(Object.keys(result.record.issues).sort()).toEqual([outcome.issue.id, `${outcome.issue.id}-2`]);
  });
});

describe('matchSections', () => {
  const recorded = (...ids: string[]) => ids.map((id) => ({ id, heading: id.replace(/-/g, ' '), former: [] }));
  it.each([
    ['same headings', recorded('a-b', 'c-d'), [{ id: 'a-b', heading: 'a b' }, { id: 'c-d', heading: 'c d' }], ['a-b', 'c-d'], [[], []]],
    ['an edited heading, matched by its words', recorded('export-controls-tighten', 'grain'), [{ id: 'export-controls-tighten-again', heading: 'export controls tighten again' }, { id: 'grain', heading: 'grain' }], ['export-controls-tighten', 'grain'], [[], []]],
    ['a re-parsed heading, matched by position', recorded('x', 'old-name', 'z'), [{ id: 'x', heading: 'x' }, { id: 'totally-new', heading: 'totally new' }, { id: 'z', heading: 'z' }], ['x', 'old-name', 'z'], [[], [], []]],
    ['a removed section redirects to the one before it', recorded('x', 'gone', 'z'), [{ id: 'x', heading: 'x' }, { id: 'z', heading: 'z' }], ['x', 'z'], [['gone'], []]],
    ['a new section gets its own id, made unique', recorded('x'), [{ id: 'x', heading: 'x' }, { id: 'x', heading: 'X!' }], ['x', 'x-2'], [[], []]],
    // An untitled opening emptied by the repetition pass, back once its line no longer recurs: #x stays x.
    ['a section that comes back does not take the id of the one holding its old id', [{ id: 'x', heading: 'x', former: ['introduction'] as string[] }], [{ id: 'introduction', heading: null }, { id: 'x', heading: 'x' }], ['introduction-2', 'x'], [[], ['introduction']]],
  ] as const)('%s', (_name, old, built, ids, former) => {
    expect(matchSections([...old], [...built])).toEqual({ ids, former });
  });
});
