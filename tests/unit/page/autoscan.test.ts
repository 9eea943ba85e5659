import { describe, expect, it } from 'vitest';
import { siteName, sitePattern } from '@/utils/autoscan/sites';
import { badgeText, countLikely } from '@/utils/autoscan/badge';
import type { Suggestion } from '@/utils/engine/types';

describe('sitePattern', () => {
  it.each([
    ['https://ehr.example.org/chart/12?note=3#top', 'https://ehr.example.org/*'],
    ['http://localhost:5173/ehr/note', 'http://localhost/*'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1/*'],
    ['chrome://extensions', null],
    ['file:///home/note.html', null],
    ['not a url', null],
  ])('%s -> %s', (url, pattern) => {
    expect(sitePattern(url)).toBe(pattern);
  });

  it('names the site by host', () => {
    expect(siteName('https://ehr.example.org/chart/12')).toBe('ehr.example.org');
  });
});

describe('badge', () => {
  const s = (confidence: number): Suggestion => ({ code: '32504', modifiers: [], confidence, evidence: [], reasons: [] });

  it('counts the codes a coder would report (confidence >= 0.5)', () => {
    expect(countLikely([s(0.92), s(0.5), s(0.49), s(0.1)])).toBe(2);
    expect(countLikely([])).toBe(0);
  });

  it.each([
    [0, '0'],
    [3, '3'],
    [99, '99'],
    [120, '99+'],
  ])('shows %i as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});
