import { describe, expect, it } from 'vitest';
import { isTrackingRedirect, scrubUrl } from '../../src/publish/scrub-url';

describe('scrubUrl', () => {
  it('cuts campaign and click parameters and keeps the rest as written', () => {
    expect(scrubUrl('https://www.example.org/report?utm_source=newsletter&id=42&utm_medium=email&mc_eid=abc#top')).toBe('https://www.example.org/report?id=42#top');
    expect(scrubUrl('https://example.org/a?fbclid=IwAR3&gclid=Cj0&_hsenc=p2&mkt_tok=x')).toBe('https://example.org/a');
    expect(scrubUrl('www.example.org/page?token=SECRET&page=2')).toBe('www.example.org/page?page=2');
  });

  it('cuts parameters that carry the recipient', () => {
    expect(scrubUrl('https://example.org/read?e=jane%40example.com&u=9a8b&issue=7')).toBe('https://example.org/read?issue=7');
    expect(scrubUrl('https://example.org/read?email=jane@example.com&subscriber_id=88')).toBe('https://example.org/read');
  });

  it('drops unsubscribe and preference links whole: their path or token is the recipient’s', () => {
    expect(scrubUrl('https://x.us14.list-manage.com/unsubscribe?u=9a8b&id=11&e=ZX3k')).toBeNull();
    expect(scrubUrl('https://x.us14.list-manage.com/profile?u=9a8b&id=11&e=ZX3k')).toBeNull();
    expect(scrubUrl('https://example.com/account/manage-subscription?token=tk_55')).toBeNull();
    expect(scrubUrl('https://example.com/email-preferences/abc123')).toBeNull();
    expect(scrubUrl('https://example.com/opt-out/abc123')).toBeNull();
  });

  it('replaces a redirect wrapper by the link it wraps, cleaned in turn', () => {
    const safeLink = 'https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.org%2Fa%3Futm_source%3Dx%26p%3D1&data=05%7C02%7Cjane%40example.com&reserved=0';
    expect(scrubUrl(safeLink)).toBe('https://www.example.org/a?p=1');
    expect(scrubUrl('https://urldefense.com/v3/__https://www.example.org/b?utm_medium=email__;!!AbC$')).toBe('https://www.example.org/b');
  });

  it('drops a click tracker that does not say where it leads', () => {
    expect(isTrackingRedirect('https://click.example-mail.com/ls/click?upn=u001.AbC-2FxYz')).toBe(true);
    expect(scrubUrl('https://click.example-mail.com/ls/click?upn=u001.AbC-2FxYz')).toBeNull();
    expect(scrubUrl('https://example.us1.list-manage.com/track/click?u=1&id=2&e=3')).toBeNull();
  });

  it('leaves ordinary links alone', () => {
    for (const url of ['https://www.example.org/', 'https://example.org/a/b?page=2&lang=en', 'example.org/docs', 'https://links.example.org/report']) {
      expect(scrubUrl(url)).toBe(url);
      expect(isTrackingRedirect(url)).toBe(false);
    }
  });
});
