/**
 * Issue 21, "pay only for the tags on the page": src/loader/autoload.ts, the CDN entry's runtime,
 * with a table of stand-in tags (each "chunk" defines a small element), so each rule is seen alone:
 * only the tags present are loaded, a tag added later is defined when it appears, a tag an element
 * renders in its own open shadow root is defined, the provider is defined before the tags inside it,
 * and the shared core is preloaded. The built CDN folder is test/embedding/cdn-loader.test.ts.
 */
import { expect } from '@open-wc/testing';
import { autoload } from '../../src/loader/autoload.js';
import { until } from '../helpers/icr.js';

let run = 0;

/** A table of stand-in tags for one test: `x-<n>-<name>` → a loader that defines it and records the order. */
function table(names: string[], options: { renders?: Record<string, string>; tag?: (name: string) => string } = {}) {
  run += 1;
  const tag = options.tag ?? ((name: string) => `x-${run}-${name}`);
  const loaded: string[] = [];
  const defined: string[] = [];
  const loaders: Record<string, () => Promise<unknown>> = {};
  for (const name of names) {
    loaders[tag(name)] = async () => {
      loaded.push(name);
      const inner = options.renders?.[name];
      customElements.define(tag(name), class extends HTMLElement {
        connectedCallback(): void {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          // Renders its child a task later, as a Lit element renders after its first update.
          if (inner) setTimeout(() => root.append(document.createElement(tag(inner))));
        }
      });
      defined.push(name);
    };
  }
  return { tag, loaded, defined, loaders };
}

describe('issue 21: the CDN loader defines each tag when it first appears', () => {
  const cleanup: Element[] = [];
  afterEach(() => {
    for (const el of cleanup.splice(0)) el.remove();
    for (const link of document.head.querySelectorAll('link[rel=modulepreload]')) link.remove();
  });
  const place = (html: string): HTMLElement => {
    const div = document.createElement('div');
    div.innerHTML = html;
    document.body.append(div);
    cleanup.push(div);
    return div;
  };

  it('loads only the tags already in the page, and none that are not', async () => {
    const t = table(['banner', 'allergies', 'results']);
    place(`<${t.tag('banner')}></${t.tag('banner')}><${t.tag('allergies')}></${t.tag('allergies')}>`);
    autoload(import.meta.url, t.loaders, { core: [], deps: {} });
    await customElements.whenDefined(t.tag('allergies'));
    await customElements.whenDefined(t.tag('banner'));
    expect(t.loaded.sort()).to.deep.equal(['allergies', 'banner']);
    expect(customElements.get(t.tag('results'))).to.equal(undefined);
  });

  it('a tag added later is defined when it appears, and loaded once however many appear', async () => {
    const t = table(['banner', 'diagnoses']);
    const div = place(`<${t.tag('banner')}></${t.tag('banner')}>`);
    autoload(import.meta.url, t.loaders, { core: [], deps: {} });
    await customElements.whenDefined(t.tag('banner'));
    expect(customElements.get(t.tag('diagnoses'))).to.equal(undefined);
    const later = document.createElement('section');
    later.innerHTML = `<${t.tag('diagnoses')}></${t.tag('diagnoses')}><${t.tag('diagnoses')}></${t.tag('diagnoses')}>`;
    div.append(later);
    await customElements.whenDefined(t.tag('diagnoses'));
    expect(later.querySelectorAll(':defined').length).to.equal(2);
    expect(t.loaded.filter((n) => n === 'diagnoses')).to.have.length(1);
  });

  it('a tag an element renders in its own open shadow root is defined (the record shows the sections)', async () => {
    const t = table(['record', 'allergies', 'medications'], { renders: { record: 'allergies', allergies: 'medications' } });
    const div = place(`<${t.tag('record')}></${t.tag('record')}>`);
    autoload(import.meta.url, t.loaders, { core: [], deps: {} });
    await customElements.whenDefined(t.tag('medications'));
    const allergies = div.querySelector(t.tag('record'))!.shadowRoot!.querySelector(t.tag('allergies'))!;
    expect(allergies.matches(':defined')).to.equal(true);
    await until(() => !!allergies.shadowRoot?.querySelector(t.tag('medications'))?.matches(':defined'), 'the nested tag defined');
  });

  it('the provider is defined before the tags inside it, whichever chunk comes first', async () => {
    run += 1;
    const n = run;
    const order: string[] = [];
    let releaseProvider!: () => void;
    const providerArrives = new Promise<void>((r) => { releaseProvider = r; });
    const define = (tag: string) => customElements.define(tag, class extends HTMLElement {
      connectedCallback(): void { order.push(tag); }
    });
    const loaders = {
      'icr-provider': async () => { await providerArrives; define(`x-${n}-provider`); },
      [`x-${n}-banner`]: async () => define(`x-${n}-banner`),
    };
    // The real provider tag is the one the loader orders by; a stand-in class defines a stand-in tag.
    const div = place(`<icr-provider><x-${n}-provider></x-${n}-provider><x-${n}-banner></x-${n}-banner></icr-provider>`);
    autoload(import.meta.url, loaders, { core: [], deps: {} });
    await new Promise((r) => setTimeout(r));
    expect(order, 'nothing inside the provider is defined before it').to.deep.equal([]);
    releaseProvider();
    await customElements.whenDefined(`x-${n}-banner`);
    expect(order).to.deep.equal([`x-${n}-provider`, `x-${n}-banner`]);
    div.remove();
  });

  it('preloads the shared core at once, and a tag\'s own chunks when it is loaded, relative to the loader', async () => {
    const t = table(['banner', 'results']);
    place(`<${t.tag('banner')}></${t.tag('banner')}>`);
    const base = import.meta.url;
    autoload(base, t.loaders, { core: ['../helpers/icr.ts'], deps: { [t.tag('banner')]: ['../helpers/reliability/elements.ts'], [t.tag('results')]: ['../helpers/not-this-one.ts'] } });
    await customElements.whenDefined(t.tag('banner'));
    const preloads = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href);
    expect(preloads).to.deep.equal([new URL('../helpers/icr.ts', base).href, new URL('../helpers/reliability/elements.ts', base).href]);
  });
});
