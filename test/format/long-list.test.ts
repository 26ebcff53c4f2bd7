import { expect } from '@open-wc/testing';
import { defaultListQuery, describeWindow, isNarrowed, rangeStart, windowList, type ListEntry, type ListQuery } from '../../src/format/long-list.js';

const NOW = new Date('2026-06-15T12:00:00Z');
interface Item { id: string; when?: string; text: string; current?: boolean; rank?: number }
const describe_ = (i: Item): ListEntry => ({ when: i.when, text: i.text, current: i.current, rank: i.rank });
const q = (over: Partial<ListQuery> = {}): ListQuery => ({ ...defaultListQuery(), ...over });
const ids = (items: Item[]) => items.map((i) => i.id);

const ITEMS: Item[] = [
  { id: 'old', when: '2020-01-01', text: 'Full blood count' },
  { id: 'recent', when: '2026-06-01T09:00:00+01:00', text: 'HbA1c' },
  { id: 'month', when: '2026-04', text: 'Lipid profile' },
  { id: 'undated', text: 'Urea and electrolytes' },
  { id: 'oldCurrent', when: '2019-05-05', text: 'Histology (preliminary)', current: true },
  { id: 'year', when: '2025', text: 'Vitamin D' },
];

describe('long lists (pure)', () => {
  it('R65: newest first by default, partial dates by their start, an undated entry last in either order', () => {
    expect(ids(windowList(ITEMS, describe_, q(), NOW).matching)).to.deep.equal(['recent', 'month', 'year', 'old', 'oldCurrent', 'undated']);
    expect(ids(windowList(ITEMS, describe_, q({ newestFirst: false }), NOW).matching)).to.deep.equal(['oldCurrent', 'old', 'year', 'month', 'recent', 'undated']);
  });

  it('R62: a range keeps a current entry and an undated one, and says what it hides', () => {
    const w = windowList(ITEMS, describe_, q({ range: '3m' }), NOW);
    expect(ids(w.matching)).to.deep.equal(['recent', 'month', 'oldCurrent', 'undated']);
    expect(w.keptCurrent).to.equal(1);
    expect(describeWindow('reports', w, q({ range: '3m' }))).to.equal('4 of 6 reports, last 3 months, 1 current entry kept from before');
  });

  it('a year-precision date is inside a range that reaches into that year', () => {
    const w = windowList(ITEMS, describe_, q({ range: '1y' }), NOW);
    expect(ids(w.matching)).to.include('year');
    expect(ids(w.matching)).to.not.include('old');
  });

  it('R63: the text filter searches every entry, not only the page shown, ignoring case and spacing', () => {
    const many: Item[] = Array.from({ length: 1200 }, (_, i) => ({ id: `r${i}`, when: `20${String(10 + (i % 16)).padStart(2, '0')}-01-01`, text: `Report ${i}` }));
    const w = windowList(many, describe_, q({ text: '  report   1199 ' }), NOW);
    expect(ids(w.visible)).to.deep.equal(['r1199']);
    expect(describeWindow('reports', w, q({ text: 'report 1199' }))).to.equal('1 of 1,200 reports, matching “report 1199”');
  });

  it('R63: a page at a time; the count without a filter is the whole list', () => {
    const many: Item[] = Array.from({ length: 1200 }, (_, i) => ({ id: `r${i}`, when: '2024-01-01', text: 'x' }));
    const w = windowList(many, describe_, q({ shown: 25 }), NOW);
    expect(w.visible).to.have.length(25);
    expect(w.matching).to.have.length(1200);
    expect(w.filtered).to.equal(false);
    expect(describeWindow('reports', w, q())).to.equal('1,200 reports');
    expect(describeWindow('tests', windowList([many[0]!], describe_, q(), NOW), q())).to.equal('1 test');
  });

  it('a ranked list orders by rank, then by date', () => {
    const ranked: Item[] = [{ id: 'b-new', when: '2026-01-01', text: '', rank: 1 }, { id: 'a-old', when: '2020-01-01', text: '', rank: 0 }, { id: 'a-new', when: '2025-01-01', text: '', rank: 0 }];
    expect(ids(windowList(ranked, describe_, q(), NOW).matching)).to.deep.equal(['a-new', 'a-old', 'b-new']);
  });

  it('R62: "Show all" is needed only when a range or text narrows the list; ranges start where they say', () => {
    expect(isNarrowed(q())).to.equal(false);
    expect(isNarrowed(q({ text: '  ' }))).to.equal(false);
    expect(isNarrowed(q({ range: '1y' }))).to.equal(true);
    expect(rangeStart('all', NOW)).to.equal(undefined);
    expect(NOW.getTime() - rangeStart('1y', NOW)!).to.be.within(364 * 86_400_000, 366 * 86_400_000);
  });
});
