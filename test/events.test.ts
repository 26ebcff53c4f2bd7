/**
 * Issue 17: every event the elements fire is one typed class in src/events.ts, exported from the
 * package entry; each bubbles and is composed (the host hears it through shadow roots) and is named
 * `icr-…` in lower case (`icr-<noun>-<verb>`, STYLE.md; `icr-error` the one short name). A host can listen with the class's own `eventName`.
 */
import { expect } from '@open-wc/testing';
import * as events from '../src/events.js';
import * as entry from '../src/index.js';

const CLASSES = Object.entries(events).filter(([name, value]) => typeof value === 'function' && /^Icr\w+Event$/.test(name) && name !== 'IcrEvent');

describe('events (issue 17: every event in one module)', () => {
  it('every icr- event class lives in src/events.ts, the nine the elements fire', () => {
    expect(CLASSES.map(([name]) => name).sort()).to.deep.equal([
      'IcrAuthExpireEvent', 'IcrConflictDetectEvent', 'IcrDataLoadEvent', 'IcrDataProgressEvent', 'IcrErrorEvent',
      'IcrImageOpenEvent', 'IcrNhsNumberCopyEvent', 'IcrReportOpenEvent', 'IcrSensitiveRevealEvent',
    ]);
  });

  it('each bubbles, is composed, is named icr-… and carries its detail', () => {
    for (const [name, Event] of CLASSES) {
      const Cls = Event as unknown as { eventName: string; new (detail: unknown): CustomEvent };
      const detail = { probe: name };
      const event = new Cls(detail);
      expect(event.type, name).to.equal(Cls.eventName);
      expect(event.type, name).to.match(/^icr-[a-z]+(-[a-z]+)*$/);
      expect(event.bubbles && event.composed, name).to.equal(true);
      expect(event.detail, name).to.equal(detail);
    }
  });

  it('the host-facing ones are exported from the package entry (the same classes)', () => {
    const exported = entry as Record<string, unknown>;
    for (const name of ['IcrDataLoadEvent', 'IcrErrorEvent', 'IcrAuthExpireEvent', 'IcrConflictDetectEvent', 'IcrSensitiveRevealEvent',
      'IcrNhsNumberCopyEvent', 'IcrReportOpenEvent', 'IcrImageOpenEvent']) {
      expect(exported[name], name).to.equal((events as Record<string, unknown>)[name]);
    }
  });
});
