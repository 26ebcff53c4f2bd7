/** Bounded strings (issue 22, R43): one helper for every free text field, names included. */
import { expect } from '@open-wc/testing';
import { boundText, FREE_TEXT_BOUND, NAME_BOUND } from '../../src/format/bounded.js';

describe('boundText', () => {
  it('R43: a name any registry could hold is never cut (PDS: 35 characters a part)', () => {
    const part = 'A'.repeat(35);
    const name = `${part}, ${[part, part, part, part].join(' ')} (${'B'.repeat(35)})`;
    expect(name.length).to.be.lessThan(NAME_BOUND);
    expect(boundText(name, NAME_BOUND)).to.deep.equal({ shown: name, cut: false, length: name.length });
  });

  it('issue 22: a 1 MB family name is cut to the bound with an ellipsis, and says how long the whole is', () => {
    const huge = 'X'.repeat(1_048_764);
    const b = boundText(huge, NAME_BOUND);
    expect(b.cut).to.equal(true);
    expect(b.shown.endsWith('…')).to.equal(true);
    expect(b.shown.length).to.equal(NAME_BOUND + 1);
    expect(b.length).to.equal(1_048_764);
  });

  it('cuts at a space near the bound rather than inside a word', () => {
    const text = `${'word '.repeat(500)}`;
    const b = boundText(text, FREE_TEXT_BOUND);
    expect(b.cut).to.equal(true);
    expect(b.shown).to.match(/word…$/);
    expect(b.shown.length).to.be.at.most(FREE_TEXT_BOUND + 1);
  });

  it('never splits a character made of two UTF-16 units, and counts characters, not units', () => {
    const emoji = '😀'.repeat(300); // 600 units, 300 characters
    const b = boundText(emoji, NAME_BOUND);
    expect(b.cut).to.equal(true);
    expect(b.length).to.equal(300);
    expect(b.shown).to.equal(`${'😀'.repeat(NAME_BOUND / 2)}…`);
    // 200 emoji are 400 units but only 200 characters: within the bound, whole.
    expect(boundText('😀'.repeat(200), NAME_BOUND).cut).to.equal(false);
  });

  it('accepts malformed input without throwing', () => {
    for (const bad of [undefined, null, 42, {}, []]) expect(boundText(bad, 10)).to.deep.equal({ shown: '', cut: false, length: 0 });
  });
});
