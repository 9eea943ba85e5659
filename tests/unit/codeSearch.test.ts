import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '@/data';
import { anchorPhrases, createCodeSearch, searchEntries } from '@/utils/search/codeSearch';

const search = createCodeSearch(searchEntries(defaultRuleset));
const codes = (q: string, n = 5) => search.search(q, n).map((e) => e.code);

describe('code search', () => {
  it.each([
    ['pancost', ['32503', '32504']],
    ['Pancoast', ['32503', '32504']],
    ['superior sulcus', ['32503', '32504']],
    ['cryo', ['32994']],
    ['cryoablaton', ['32994']],
    ['take back', ['32120']],
    ['talc slury', ['32560']],
  ])('"%s" finds %j first', (q, expected) => {
    expect(codes(q, expected.length).sort()).toEqual([...expected].sort());
  });

  it('"vats lobectomy" puts the thoracoscopic lobectomy first', () => {
    expect(codes('vats lobectomy')[0]).toBe('32663');
  });

  it('a code number or its start lists those codes first, in order', () => {
    expect(codes('3250', 3)).toEqual(['32503', '32504', '32505']);
    expect(codes('32994', 1)).toEqual(['32994']);
  });

  it('finds nothing for nonsense and for an empty query', () => {
    expect(codes('xqzzvw')).toEqual([]);
    expect(codes('   ')).toEqual([]);
  });

  it('lists a deleted code after the live ones', () => {
    const found = search.search('chest wall tumour', 20);
    const firstDeleted = found.findIndex((e) => e.deleted);
    if (firstDeleted >= 0) expect(found.slice(firstDeleted).every((e) => e.deleted)).toBe(true);
    expect(search.search('19260', 1)[0]).toMatchObject({ code: '19260', deleted: true });
  });

  it('searches licensed descriptors and marks where an entry comes from', () => {
    const s = createCodeSearch(
      searchEntries(defaultRuleset, {
        descriptors: new Map([['32960', 'Zebrafinch descriptor text']]),
        origins: new Map([['32960', 'managed']]),
      }),
    );
    expect(s.search('zebrafinch', 1)[0]).toMatchObject({ code: '32960', descriptor: 'Zebrafinch descriptor text', origin: 'managed' });
  });

  it('takes the phrases of the concept each rule starts from, not the broad helpers', () => {
    const phrases = anchorPhrases(defaultRuleset);
    expect(phrases.get('32503')).toContain('pancost');
    expect(phrases.get('32503')).not.toContain('removed');
  });
});
