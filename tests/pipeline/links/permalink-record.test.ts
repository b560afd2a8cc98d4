import { describe, expect, it } from 'vitest';
import { parsePermalinkRecord, PermalinkRecordError, serializePermalinkRecord } from '../../../src/pipeline';

const entry = (files: string[], former: string[] = []) => ({ files, sha256: files.map(() => '0123456789abcdef'), former, sections: [{ id: 'introduction', heading: null, former: [] }] });
const text = (issues: Record<string, unknown>) => serializePermalinkRecord({ version: 1, issues } as never);

describe('the permalink record file', () => {
  it('round-trips, keys sorted, one field a line', () => {
    const written = text({ 'b-issue': entry(['b.txt']), 'a-issue': entry(['a.txt'], ['a-old']) });
    expect(written.indexOf('"a-issue"')).toBeLessThan(written.indexOf('"b-issue"'));
    expect(serializePermalinkRecord(parsePermalinkRecord(written, 'permalinks.json'))).toBe(written);
  });

  it.each([
    ['broken JSON names the line', '{\n  "version": 1,\n  "issues": {\n    "x": {,\n  }\n}\n', /line 4: not valid JSON/],
    ['a bad id names the line and the rule', text({ 'Bad Id': entry(['a.txt']) }), /line 4: issues\.Bad Id: issue id must be a lowercase slug/],
    ['an issue id written twice', `${text({ 'a-issue': entry(['a.txt']) }).replace('  "issues": {\n', `  "issues": {\n    "a-issue": ${JSON.stringify(entry(['b.txt']))},\n`)}`, /issue id "a-issue" is recorded twice/],
    ['an id claimed by two issues', text({ 'a-issue': entry(['a.txt'], ['shared']), 'b-issue': entry(['b.txt'], ['shared']) }), /id "shared" belongs to both "a-issue" and "b-issue"/],
  ])('%s', (_name, given, message) => {
    expect(() => parsePermalinkRecord(given, 'content/raw/permalinks.json')).toThrow(PermalinkRecordError);
    expect(() => parsePermalinkRecord(given, 'content/raw/permalinks.json')).toThrow(message);
  });
});
