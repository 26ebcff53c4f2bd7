/**
 * The translator's counts (issue 16): a message with a number agrees with it ("1 report", "2 reports",
 * "0 reports"), a host language supplies its own plural forms, and large numbers are grouped.
 */
import { expect } from '@open-wc/testing';
import { setMessages, translator } from '../../src/i18n/core.js';
import { reportsMessages } from '../../src/i18n/en-GB/reports.js';
import { diagnosesMessages } from '../../src/i18n/en-GB/diagnoses.js';
import { stateMessages } from '../../src/i18n/en-GB/state.js';
import { medicationsMessages } from '../../src/i18n/en-GB/medications.js';
import { completenessMessages } from '../../src/i18n/en-GB/completeness.js';

const t = translator(reportsMessages, diagnosesMessages, stateMessages, medicationsMessages, completenessMessages);

describe('translator: counts', () => {
  afterEach(() => setMessages({}));

  it('R35, R37: 0, 1 and 2 entries hidden as entered in error or refuted each read as English', () => {
    expect(t('completeness.hidden.enteredInError', { count: 0 })).to.equal('0 entries marked as entered in error are not shown.');
    expect(t('completeness.hidden.enteredInError', { count: 1 })).to.equal('1 entry marked as entered in error is not shown.');
    expect(t('completeness.hidden.enteredInError', { count: 2 })).to.equal('2 entries marked as entered in error are not shown.');
    expect(t('completeness.hidden.refuted', { count: 1 })).to.equal('1 entry marked as refuted is not shown.');
    expect(t('completeness.hidden.refuted', { count: 2 })).to.equal('2 entries marked as refuted are not shown.');
  });

  it('R39: records received agree with the number, chosen by count', () => {
    expect(t('state.loadingMoreUnknown', { shown: 1, count: 1 })).to.match(/^1 record received:/);
    expect(t('state.loadingMoreUnknown', { shown: 2, count: 2 })).to.match(/^2 records received:/);
    expect(t('state.loadingMoreUnknown', { shown: 0, count: 0 })).to.match(/^0 records received:/);
  });

  it('R62: numbers from 1,000 up are grouped ("1,200"); smaller ones and decimals are left as they are', () => {
    expect(t('completeness.hidden.enteredInError', { count: 1200 })).to.equal('1,200 entries marked as entered in error are not shown.');
    expect(t('state.incomplete', { shown: 100, total: 12000 })).to.equal('Showing 100 of 12,000: more available in the full record');
    expect(t('medications.showing', { shown: 999, total: 1000 })).to.equal('Showing 999 of 1,000 in this list');
    expect(t('medications.showAll', { total: 1.5 })).to.equal('Show all 1.5');
  });

  it('a host catalogue supplies its own plural forms, chosen by its own language rules', () => {
    setMessages({
      'completeness.hidden.enteredInError.one': 'un {count}',
      'completeness.hidden.enteredInError.two': 'dau {count}',
      'completeness.hidden.enteredInError.other': 'eraill {count}',
    }, 'cy');
    expect(t('completeness.hidden.enteredInError', { count: 1 })).to.equal('un 1');
    expect(t('completeness.hidden.enteredInError', { count: 2 })).to.equal('dau 2');
    // Welsh 'few' (3) is not supplied: the host's 'other', never English.
    expect(t('completeness.hidden.enteredInError', { count: 3 })).to.equal('eraill 3');
  });

  it('a host catalogue with one plain message for a plural key uses it for every count', () => {
    setMessages({ 'completeness.hidden.enteredInError': 'Wedi cuddio: {count}' });
    expect(t('completeness.hidden.enteredInError', { count: 1 })).to.equal('Wedi cuddio: 1');
    expect(t('completeness.hidden.enteredInError', { count: 2 })).to.equal('Wedi cuddio: 2');
  });

  it('a key the host lacks falls back to en-GB with English plural forms', () => {
    setMessages({ 'reports.title.radiology': 'Adroddiadau radioleg' }, 'cy');
    expect(t('completeness.hidden.enteredInError', { count: 2 })).to.equal('2 entries marked as entered in error are not shown.');
    expect(t('completeness.hidden.enteredInError', { count: 1 })).to.equal('1 entry marked as entered in error is not shown.');
  });
});
