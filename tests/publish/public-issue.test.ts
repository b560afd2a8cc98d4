import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicIssue, publicIssues } from '../../src/publish/public-issue';
import { IssueSchema, PublicIssueSchema, type Issue } from '../../src/schema';
import { FIXTURES_DIR, ingestFolder } from '../helpers/pipeline';

/** The forwarded e-mails and pasted page of tests/fixtures/private-mail/, through the real pipeline. */
let issues: Issue[];
beforeAll(async () => {
  issues = (await ingestFolder(join(FIXTURES_DIR, 'private-mail', 'input'))).issues;
});

const harbour = () => issues.find((issue) => issue.title === 'Harbour Brief')!;

describe('publicIssue', () => {
  it('keeps counts of the removed lines and none of their text', () => {
    const issue = harbour();
    const published = publicIssue(issue);
    expect(PublicIssueSchema.parse(published)).toEqual(published);
    expect(published).not.toHaveProperty('removed');
    expect(published.leftOut.reduce((sum, { lines }) => sum + lines, 0)).toBe(issue.removed.length);
    const json = JSON.stringify(published);
    for (const removed of issue.removed.filter((r) => !r.rule.startsWith('metadata:title'))) expect(json).not.toContain(removed.text);
  });

  it('takes addresses and tokens out of kept text, headings and section ids', () => {
    const json = JSON.stringify(publicIssues(issues));
    for (const secret of ['m.ostrander@', 'o.okafor-lindqvist@', 'upn=', 'Qm9ndXNUb2tlbi1Pc3RyYW5kZXI'.toLowerCase(), 'utm_', 'fbclid', 'gclid', 'mc_eid']) {
      expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // The publisher's own contact addresses stay.
    expect(json).toContain('press@harbour-brief-example.com');
    expect(json).toContain('info@tradedesk-daily-example.com');
  });

  it('renames a section whose heading carried a tracking link, everywhere it is referred to', () => {
    const published = publicIssue(harbour());
    const ids = published.sections.map((section) => section.id);
    expect(ids).toContain('background-on-the-review-link-removed');
    expect(new Set(ids).size).toBe(ids.length);
    for (const takeaway of published.takeaways) if (takeaway.sectionId) expect(ids).toContain(takeaway.sectionId);
  });

  it('shares what it does not change, and leaves its input alone', () => {
    const issue = harbour();
    const before = structuredClone(issue);
    const published = publicIssue(issue);
    expect(issue).toEqual(before);
    expect(IssueSchema.parse(issue)).toEqual(issue);
    // "Tariff review…" has nothing to take out; the first section's link had utm_ parameters.
    expect(published.sections[1]).toBe(issue.sections[1]);
    expect(published.sections[0]).not.toBe(issue.sections[0]);
  });

  it('publishes only the notes that quote nothing removed', () => {
    const issue = { ...harbour(), notes: [
      { file: 'a.txt', rule: 'appended-article', message: 'lines 3–9 are another article the page carried ("Secret title"); not part of this issue, left out' },
      { file: 'a.txt', rule: 'missing-date', message: 'no publication date stated' },
    ] };
    expect(publicIssue(issue).notes).toEqual([{ file: 'a.txt', rule: 'missing-date', message: 'no publication date stated' }]);
  });

  it('points "also covered in" links of other issues at a renamed section', () => {
    const issue = harbour();
    const oldId = issue.sections.find((section) => section.heading?.startsWith('Background on the review'))!.id;
    const other = { ...issue, id: 'other-issue', sections: issue.sections.map((section, i) => (i === 0 ? { ...section, related: [{ issueId: issue.id, sectionId: oldId, similarity: 0.8 }] } : section)) };
    const [, published] = publicIssues([issue, other]);
    expect(published.sections[0].related).toEqual([{ issueId: issue.id, sectionId: 'background-on-the-review-link-removed', similarity: 0.8 }]);
  });
});
