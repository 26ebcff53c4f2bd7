/**
 * The translator beyond counts (core.test.ts): placeholders, unknown keys, and `setMessages`
 * replacing (not merging) the host catalogue, with en-GB behind every key it lacks.
 */
import { expect } from '@open-wc/testing';
import { setMessages, translator } from '../../src/i18n/core.js';
import { t as publicT } from '../../src/i18n/index.js';
import { stateMessages } from '../../src/i18n/en-GB/state.js';
import { medicationsMessages } from '../../src/i18n/en-GB/medications.js';

const t = translator(stateMessages, medicationsMessages);

describe('translator: placeholders and the host catalogue', () => {
  afterEach(() => setMessages({}));

  it('a placeholder with no value is left as written, never "undefined"', () => {
    const text = t('medications.showing', { shown: 3 });
    expect(text).to.contain('{total}');
    expect(text).to.not.contain('undefined');
  });

  it('a value is inserted as plain text: markup and "{x}" in it are not read again', () => {
    setMessages({ 'medications.showing': '{shown} / {total}' });
    expect(t('medications.showing', { shown: '<b>{total}</b>', total: 5 })).to.equal('<b>{total}</b> / 5');
  });

  it('a key no catalogue has reads as the key (visible in review), not as an empty string', () => {
    expect((t as (k: string) => string)('no.such.key')).to.equal('no.such.key');
  });

  it('setMessages replaces the host catalogue: a key of the previous one falls back to en-GB', () => {
    const english = t('medications.showing', { shown: 1, total: 2 });
    setMessages({ 'medications.showing': 'Dangos {shown} o {total}' }, 'cy');
    expect(t('medications.showing', { shown: 1, total: 2 })).to.equal('Dangos 1 o 2');
    setMessages({ 'state.incomplete': 'rhannol' }, 'cy');
    expect(t('medications.showing', { shown: 1, total: 2 })).to.equal(english);
    setMessages({});
    expect(t('state.incomplete', { shown: 1, total: 2 })).to.not.equal('rhannol');
  });

  it('the host catalogue reaches every translator, the public `t` included', () => {
    setMessages({ 'medications.showing': 'Dangos {shown} o {total}' }, 'cy');
    expect(publicT('medications.showing', { shown: 1, total: 2 })).to.equal('Dangos 1 o 2');
  });

  it('R62: a host number grouping follows its own locale; en-GB keys keep English grouping', () => {
    setMessages({ 'medications.showing': '{shown} o {total}' }, 'de-DE');
    expect(t('medications.showing', { shown: 1, total: 12000 })).to.equal('1 o 12.000');
    expect(t('state.incomplete', { shown: 100, total: 12000 })).to.contain('12,000');
  });
});
