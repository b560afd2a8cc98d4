import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../../src/pipeline/formats/html';
import { cutSiteName } from '../../../src/pipeline/formats/html-meta';
import { chooseStatedTitle } from '../../../src/pipeline/formats/title-choice';

const page = (head: string, body: string) => new TextEncoder().encode(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('convertHtml', () => {
  it('takes the article, prunes furniture, and writes headings, lists, quotes, captions and tables as lines', () => {
    const result = convertHtml(page(
      '<title>Big news | Xinhua</title><meta property="article:published_time" content="2024-11-19T23:00:00+08:00"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Xinhua"}}</script>',
      '<header><nav>Home World</nav></header><article><h1>Big news</h1><p>Para <b>one</b>.</p><h2>Section</h2><ol><li>First</li><li>Second</li></ol><blockquote><p>Quoted.</p></blockquote><figure><img src="x"><figcaption>Caption</figcaption></figure><figure><pre>a b</pre><figcaption>Table caption</figcaption></figure><table><tr><th>Year</th><th>GDP</th></tr><tr><td>2024</td><td>5.0%</td></tr></table><div class="share-bar">Share on X</div></article><aside>Related</aside>',
    ));
    expect(result.ok && result.text).toBe('# Big news\n\nPara one.\n\n## Section\n\n1. First\n2. Second\n\n> Quoted.\n\na b\n\nTable caption\n\nYear | GDP\n\n2024 | 5.0%');
    expect(result.ok && result.stated).toEqual({ title: 'Big news', date: '2024-11-19', publisher: 'Xinhua' });
    expect(result.ok && result.dropped).toEqual({ image: 1, 'image caption': 1, 'share, related or banner block': 1 });
  });

  it('reads the charset a page declares, and rejects a page with no text or hostile markup', () => {
    const gbk = Buffer.concat([Buffer.from('<meta charset="gbk"><p>'), Buffer.from('d6d0b9fa', 'hex'), Buffer.from('</p>')]);
    expect(convertHtml(new Uint8Array(gbk))).toMatchObject({ ok: true, text: '中国' });
    expect(convertHtml(page('<script>x()</script>', '<script>y()</script>'))).toMatchObject({ ok: false, reason: expect.stringMatching(/no readable text/) });
    expect(convertHtml(page('', '<div>'.repeat(5000)))).toMatchObject({ ok: false, reason: expect.stringMatching(/nests more than/) });
  });

  it('cuts a site name from a <title>, not a real subtitle', () => {
    expect(cutSiteName('Big news | Xinhua', null)).toBe('Big news');
    expect(cutSiteName('Chips - a long story about how the fund spends its money', null)).toBe('Chips - a long story about how the fund spends its money');
  });

  it('cuts chained section and site names of Chinese portals, one tail elsewhere', () => {
    expect(cutSiteName('政府工作报告提出今年GDP增长6.5%左右--时政--人民网', null)).toBe('政府工作报告提出今年GDP增长6.5%左右');
    expect(cutSiteName('习近平主持会议_新华网', null)).toBe('习近平主持会议');
    expect(cutSiteName('Trade - what next - Reuters', null)).toBe('Trade - what next');
  });

  it('keeps a question as a heading, and a sentence set in a heading as a paragraph', () => {
    const result = convertHtml(page('', '<article><h2>Will it move the birth rate?</h2><p>Probably not much.</p><h3>The subsidy is small and it is paid late.</h3></article>'));
    expect(result.ok && result.text).toBe('## Will it move the birth rate?\n\nProbably not much.\n\nThe subsidy is small and it is paid late.');
  });

  it('keeps a box that opens with a takeaway label, even an <aside> or a sidebar, and prunes other asides', () => {
    const body = '<article><h1>Battery passports</h1><aside class="key-findings"><h2>Key findings</h2><ul><li>Most data exists already.</li></ul></aside>'
      + '<p>The passport will be required from 2027 for every industrial battery sold in the European Union.</p>'
      + '<div class="sidebar"><p><strong>Bottom line</strong></p><p>The footprint rule is where the cost lands.</p></div>'
      + '<aside><h2>Related publications</h2><ul><li>Lithium refining moves</li></ul></aside><aside><p>Key findings of our other reports are out of date, read them here.</p></aside></article>';
    const result = convertHtml(page('', body));
    expect(result.ok && result.text).toBe('# Battery passports\n\n## Key findings\n\n- Most data exists already.\n\nThe passport will be required from 2027 for every industrial battery sold in the European Union.\n\n### Bottom line\n\nThe footprint rule is where the cost lands.');
    expect(result.ok && result.dropped).toEqual({ aside: 2 });
  });

  it('prunes furniture by class token (Jetpack, Substack widgets) but never a wrapper holding the text', () => {
    const body = '<article><div class="newsletter-body"><p>The body of the post is long enough to be most of the text here, by far.</p>'
      + '<div class="sharedaddy sd-block sd-like"><h3>Like this:</h3></div><div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Other post</p></div>'
      + '<div class="subscription-widget-wrap"><p>Thanks for reading!</p></div><p class="commentary">Commentary stays.</p></div></article>';
    const result = convertHtml(page('', body));
    expect(result.ok && result.text).toBe('The body of the post is long enough to be most of the text here, by far.\n\nCommentary stays.');
    expect(result.ok && result.dropped).toEqual({ 'share, related or banner block': 3 });
  });

  it('drops bylines and kickers when the page states its date, keeps them as lines when it does not', () => {
    const body = '<article><p class="kicker">CHINA / SOCIETY</p><h1>Grain law</h1><div class="meta"><span class="authors">Ngozi Adebayo</span> <time datetime="2025-06-03">3 June 2025</time> <span class="read-time">6 minute read</span></div><p>Body text of the analysis, long enough to read as a paragraph.</p></article>';
    const dated = convertHtml(page('<meta property="article:published_time" content="2025-06-03">', body));
    expect(dated.ok && dated.text).toBe('# Grain law\n\nBody text of the analysis, long enough to read as a paragraph.');
    expect(dated.ok && dated.dropped).toEqual({ 'kicker or category label': 1, 'byline or date line': 1 });
    const undated = convertHtml(page('', body.replace('<time datetime="2025-06-03">3 June 2025</time>', '3 June 2025')));
    expect(undated.ok && undated.text).toBe('# Grain law\n\nNgozi Adebayo 3 June 2025 6 minute read\n\nBody text of the analysis, long enough to read as a paragraph.');
  });

  it('drops masthead lines above the headline, not numbered lines or a real first paragraph', () => {
    const result = convertHtml(page('', '<article><p>Pacific Rim Institute | Analysis</p><p>Issue 52 · 5 December 2024</p><h1>Tax reform</h1><p>Body.</p></article>'));
    expect(result.ok && result.text).toBe('Issue 52 · 5 December 2024\n\n# Tax reform\n\nBody.');
    const prose = convertHtml(page('', '<article><p>This note was written before the plenum and is kept here as it was sent.</p><h1>Tax reform</h1><p>Body.</p></article>'));
    expect(prose.ok && prose.text.startsWith('This note was written')).toBe(true);
  });

  it('takes the densest block of a page without <article> or <main>, with the headline and dateline above it', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the news story, with enough words in it to count as body text for the reader.</p>`;
    const body = '<div class="topNav"><a href="/">Home</a> <a href="/world">World</a></div><div class="wrap"><div class="crumb"><a href="/">Home</a> / <a href="/b">Business</a></div>'
      + '<h1>Central bank cuts ratio</h1><div class="info">By Chen Jia | Updated: 2024-09-25 17:42</div>'
      + `<div id="Content">${para(1)}${para(2)}${para(3)}</div><div class="box"><h3>Most Viewed</h3><ul><li><a href="/1">Stock markets rally on stimulus package</a></li><li><a href="/2">Yuan strengthens</a></li></ul></div></div>`
      + '<div class="copyright"><p>Copyright 1995 - 2024. All rights reserved by the publisher of this site.</p></div>';
    const result = convertHtml(page('<title>Central bank cuts ratio - Chinadaily.com.cn</title>', body));
    expect(result.ok && result.text).toBe(`# Central bank cuts ratio\n\nBy Chen Jia | Updated: 2024-09-25 17:42\n\n${[1, 2, 3].map((n) => `Paragraph ${n} of the news story, with enough words in it to count as body text for the reader.`).join('\n\n')}`);
    expect(result.ok && result.notes[0]).toMatch(/densest block/);
  });

  it('prefers the headline over a title that carries a label or a site name', () => {
    expect(chooseStatedTitle('政府工作报告提出今年GDP增长--时政--人民网', '政府工作报告提出今年GDP增长', [])).toBe('政府工作报告提出今年GDP增长');
    expect(chooseStatedTitle('China Trade Compass #52: Gallium, germanium and antimony', 'Gallium, germanium and antimony: Beijing draws a line', [])).toBe('Gallium, germanium and antimony: Beijing draws a line');
    expect(chooseStatedTitle('EU-China Desk | Procurement probe and the next HED', null, ['EU-China Desk'])).toBe('Procurement probe and the next HED');
    expect(chooseStatedTitle('Client Alert: New export rules', null, ['Example LLP'])).toBe('Client Alert: New export rules');
    expect(chooseStatedTitle('Beijing: the week ahead', 'Beijing', [])).toBe('Beijing: the week ahead');
  });
});
