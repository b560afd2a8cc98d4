/**
 * A feed of posts (a channel page): the footer under the post above the title marks the page as
 * a feed; the title's post runs from there to its own footer, and the other posts' lines and
 * dates are theirs, never the issue's.
 */
import { describe, expect, it } from 'vitest';
import { feedPost, isPostFooter } from '../../../src/pipeline/evidence/feed-posts';
import { ingestText, visibleTexts } from '../../helpers/pipeline';
import { unitsOf } from '../../helpers/stages';

const CHANNEL_PAGE = [
  'Telegram',
  'Harbour Freight Notes',
  '@harbourfreight',
  '9.3K subscribers',
  'Notes on China shipping, ports and customs. Not investment advice.',
  'View in Telegram',
  'April 2',
  'Harbour Freight Notes',
  'Short one today: Ningbo port said container throughput rose again in March, led by routes to Southeast Asia and the Gulf.',
  '👍 41  🔥 6',
  '2.6K views · 2 Apr 2026, 09:15',
  'April 3',
  'Harbour Freight Notes',
  'Customs tightens origin checks on transshipped solar glass',
  'The General Administration of Customs told port offices this week to check the origin papers of solar glass arriving from three Southeast Asian countries more closely, after finding several shipments that had only been relabelled on the way.',
  'Exporters now have to show the invoices of the original factory, and the offices may hold a shipment for up to twenty days while they check.',
  'The move matters for the European buyers who switched suppliers last year, since several of the new suppliers ship from the same ports.',
  '👍 188  🔥 21',
  '6.4K views · 3 Apr 2026, 17:40',
  'Harbour Freight Notes',
  'Photo',
  'The customs notice itself, with our short summary of each article. Comments are open below.',
  '👍 22',
  '1.1K views · 3 Apr 2026, 17:55',
  'Load more',
].join('\n');

describe('feed posts', () => {
  it.each(['2.6K views · 2 Apr 2026, 09:15', '12.3K views', '3:14 PM · Mar 4, 2026 · 12.1K Views', '310 Likes'])('"%s" is a post footer', (line) => expect(isPostFooter(line)).toBe(true));
  it.each(['Views from the region', 'The plan drew 4,000 replies from firms during the consultation, the ministry said on Friday.', '2 Apr 2026'])('"%s" is not a post footer', (line) =>
    expect(isPostFooter(line)).toBe(false),
  );

  it("bounds the title's post between the footer above it and its own", () => {
    const { units } = unitsOf(CHANNEL_PAGE);
    const title = units.find((unit) => unit.text.startsWith('Customs tightens'))!;
    const post = feedPost(units, title)!;
    expect(units.find((unit) => unit.lines[0] === post.after)!.text).toBe('2.6K views · 2 Apr 2026, 09:15');
    expect(post.footer!.text).toBe('6.4K views · 3 Apr 2026, 17:40');
  });

  it('is no feed where no footer under prose stands above the title', () => {
    const article = ['Customs tightens origin checks on transshipped solar glass', 'By Lena Okafor', CHANNEL_PAGE.split('\n').slice(14, 17).join('\n'), '310 likes · 3 Apr 2026'].join('\n');
    const { units } = unitsOf(article);
    expect(feedPost(units, units[0])).toBeNull();
  });

  it("takes the post's own date, not the neighbour's above it, and leaves the other posts out", () => {
    const outcome = ingestText(CHANNEL_PAGE);
    if (outcome.kind !== 'issue') throw new Error(outcome.rejection.reason);
    const { issue } = outcome;
    expect(issue.title).toBe('Customs tightens origin checks on transshipped solar glass');
    expect(issue.date).toBe('2026-04-03');
    const seen = visibleTexts(issue).join('\n');
    expect(seen).toContain('Exporters now have to show the invoices');
    for (const other of ['Short one today', 'The customs notice itself', '2.6K views', 'Harbour Freight Notes']) expect(seen).not.toContain(other);
    const removed = issue.removed.map((line) => `${line.rule}: ${line.text}`);
    expect(removed).toContain('furniture:other-post: Short one today: Ningbo port said container throughput rose again in March, led by routes to Southeast Asia and the Gulf.');
    expect(removed).toContain('furniture:other-post: The customs notice itself, with our short summary of each article. Comments are open below.');
  });
});
