import { describe, expect, it } from 'vitest';
import type { PublisherRule, Sidecar } from '../../../src/schema';
import type { HeaderFacts } from '../../../src/pipeline/stages/06-extract-header';
import { resolveMetadata, type MetadataInputs } from '../../../src/pipeline/stages/11-resolve-metadata';

const NONE: HeaderFacts = { title: null, date: null, dateRule: null, place: null, series: null, week: null, category: null, sentiment: null, impact: null, sender: null, notes: [] };
const inputs = (over: Partial<MetadataInputs> = {}): MetadataInputs => ({
  file: 'briefing.txt', facts: NONE, blurbPublisher: null, rule: null, sidecar: {} as Sidecar, bodyText: 'Body text of the briefing.', ...over,
});
const RULE = { id: 'kreab', name: 'Kreab', detect: [], series: 'SwedCham China Insights', format: 'newsletter', boilerplate: [], takeawayCues: [] } as unknown as PublisherRule;

/** [case, inputs, expected (partial), report rules expected] */
const cases: [string, MetadataInputs, Record<string, unknown>, string[]][] = [
  ['nothing stated: nulls, reported, nothing guessed', inputs(), { title: null, date: null, publisher: null, format: 'article' }, ['missing-title', 'missing-date']],
  ['the text states title and date', inputs({ facts: { ...NONE, title: 'Weekly China Insight', date: '2026-02-06' } }), { title: 'Weekly China Insight', date: '2026-02-06', isoWeek: '2026-W06', format: 'newsletter' }, []],
  ['a file-name date beats the text, and the conflict is reported', inputs({ file: '2026-02-07-weekly.txt', facts: { ...NONE, title: 'T', date: '2026-02-06' } }), { date: '2026-02-07', origin: expect.objectContaining({ date: 'filename' }) }, ['metadata-conflict']],
  ['a sidecar beats everything', inputs({ file: '2026-02-07-x.txt', sidecar: { title: 'Given', date: '2026-03-01' } as Sidecar, facts: { ...NONE, title: 'T' } }), { title: 'Given', date: '2026-03-01' }, ['metadata-conflict', 'metadata-conflict']],
  ['a publisher rule fills gaps only', inputs({ rule: RULE, facts: { ...NONE, title: 'T', date: '2026-02-06' } }), { publisher: 'Kreab', series: 'SwedCham China Insights', format: 'newsletter' }, []],
  ['the e-mail sender the text states is the publisher, from the text', inputs({ facts: { ...NONE, title: 'T', date: '2026-02-06', sender: 'EU-China Desk' } }), { publisher: 'EU-China Desk', origin: expect.objectContaining({ publisher: 'text' }) }, []],
  ['a copyright line names the publisher when nothing else does', inputs({ facts: { ...NONE, title: 'T', date: '2026-02-06' }, statedPublisher: 'Harbour Lane Advisory' }), { publisher: 'Harbour Lane Advisory' }, []],
  ['an ambiguous date is reported, not guessed', inputs({ facts: { ...NONE, title: 'T', notes: ['the header states "03/04/2024" …'] } }), { date: null }, ['ambiguous-date', 'missing-date']],
  ['Chinese text is marked zh', inputs({ facts: { ...NONE, title: '标题', date: '2017-03-05' }, bodyText: '国务院办公厅关于进一步做好稳就业工作的通知。' }), { lang: 'zh' }, []],
];

describe('resolveMetadata', () => {
  it.each(cases)('%s', (_name, given, expected, problems) => {
    const meta = resolveMetadata(given);
    expect(meta).toMatchObject(expected);
    expect(meta.problems.map((problem) => problem.rule)).toEqual(problems);
  });
});
