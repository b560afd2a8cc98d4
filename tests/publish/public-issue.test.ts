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

const harbour = () => issues.find((issue) => issue.series === 'Harbour Brief')!;

/**
 * The Harbour Brief with one more section, whose heading carries a tracking link (as a pasted
 * page's heading can): the case the section-id rename exists for, independent of how the
 * pipeline happens to parse the fixture's headings.
 */
const withTrackedHeading = (): Issue => {
  const issue = harbour();
  const heading = 'Background on the review https://www.harbour-brief-example.com/review?utm_source=newsletter&e=Qm9ndXNUb2tlbi1Pc3RyYW5kZXI';
  const id = 'background-on-the-review-httpswwwharbour-brief-examplecomreviewutm_sourcenewslettereqm9ndxnub2tlbi1pc3ryyw5kzxi';
  const section = { id, heading, blocks: [{ kind: 'paragraph' as const, text: 'The review covers machinery parts. Write to info@harbour-brief-example.com with questions.' }], takeaways: [{ text: 'A review is due.', kind: 'explicit' as const, sectionId: id }], related: [], aliases: [] };
  return { ...issue, sections: [...issue.sections, section], takeaways: [...issue.takeaways, ...section.takeaways] };
};

describe('publicIssue', () => {
  it('keeps counts of the removed lines and none of their text', () => {
    const issue = harbour();
    const published = publicIssue(issue);
    expect(PublicIssueSchema.parse(published)).toEqual(published);
    expect(published).not.toHaveProperty('removed');
    expect(published.leftOut.reduce((sum, { lines }) => sum + lines, 0)).toBe(issue.removed.length);
    const json = JSON.stringify(published);
    // Lines read as the issue's own metadata (its title, series, dateline) are shown as such; every
    // other removed line, e-mail headers first, must not be.
    for (const removed of issue.removed.filter((r) => !r.rule.startsWith('metadata:') || r.rule === 'metadata:email-header')) expect(json).not.toContain(removed.text);
  });

  it('takes addresses and tokens out of kept text, headings and section ids', () => {
    const json = JSON.stringify(publicIssues(issues));
    for (const secret of ['m.ostrander@', 'o.okafor-lindqvist@', 'upn=', 'Qm9ndXNUb2tlbi1Pc3RyYW5kZXI'.toLowerCase(), 'utm_', 'fbclid', 'gclid', 'mc_eid']) {
      expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // The publisher's own contact addresses stay.
    expect(json).toContain('press@harbour-brief-example.com');
    expect(JSON.stringify(publicIssue(withTrackedHeading()))).toContain('info@harbour-brief-example.com');
  });

  it('renames a section whose heading carried a tracking link, everywhere it is referred to', () => {
    const published = publicIssue(withTrackedHeading());
    const ids = published.sections.map((section) => section.id);
    const renamed = ids.find((id) => id.startsWith('background-on-the-review'))!;
    expect(renamed).not.toMatch(/utm|qm9nd/i);
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
    const issue = withTrackedHeading();
    const oldId = issue.sections.find((section) => section.heading?.startsWith('Background on the review'))!.id;
    const other = { ...issue, id: 'other-issue', sections: issue.sections.map((section, i) => (i === 0 ? { ...section, related: [{ issueId: issue.id, sectionId: oldId, similarity: 0.8 }] } : section)) };
    const [, published] = publicIssues([issue, other]);
    const renamed = publicIssue(issue).sections.find((section) => section.heading?.startsWith('Background on the review'))!.id;
    expect(renamed).not.toBe(oldId);
    expect(published.sections[0].related).toEqual([{ issueId: issue.id, sectionId: renamed, similarity: 0.8 }]);
  });
});
