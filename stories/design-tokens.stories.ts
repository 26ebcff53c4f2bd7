import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { tokens } from '../src/styles/tokens.js';
import { PATIENTS, inProvider } from './mock.js';
import { story, type Args } from './story.js';

/**
 * Theming (R57): the global `--icr-*` tokens with their NHS defaults (read from
 * `src/styles/tokens.ts`, so this page cannot drift from the code), each element's own tokens and
 * `::part`s (from `custom-elements.json`), and a live example of a host theme set from outside.
 */
const meta: Meta = {
  title: 'Theming/Design tokens',
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
};
export default meta;

/** `--icr-x` and its default, from the `var(--icr-x, default)` fallbacks in the shared token sheet. */
const GLOBAL_TOKENS = [...tokens.cssText.matchAll(/var\((--icr-[a-z0-9-]+),\s*([^;]+?)\);/g)].map(([, name, value]) => ({ name: name!, value: value!.trim() }));

interface Documented {
  name: string;
  description?: string;
}
interface Declaration {
  name: string;
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
const DECLARATIONS = (manifest as unknown as { modules: { path: string; declarations?: Declaration[] }[] }).modules
  .filter((m) => m.path.startsWith('src/elements/'))
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.cssParts?.length || d.cssProperties?.length);

/** IcrAllergies → icr-allergies */
const tagOf = (className: string) => className.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

const table = (caption: string, head: string[], rows: TemplateResult[]) => html`<table class="tokens">
  <caption>${caption}</caption>
  <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
  <tbody>${rows}</tbody>
</table>`;

const pageStyles = html`<style>
  .tokens { border-collapse: collapse; margin: 0 0 1.5rem; font: 0.875rem/1.4 Arial, sans-serif; }
  .tokens caption { text-align: left; font-weight: bold; font-size: 1rem; padding: 0.5rem 0; }
  .tokens th, .tokens td { border-bottom: 1px solid #d8dde0; padding: 0.25rem 0.75rem 0.25rem 0; text-align: left; vertical-align: top; }
  .swatch { display: inline-block; width: 1.5rem; height: 1.5rem; border: 1px solid #4c6272; vertical-align: middle; }
</style>`;

/** Every global token, its default and a swatch for colours. */
export const GlobalTokens: StoryObj = {
  render: () => html`${pageStyles}${table(
    'Global tokens: set on any ancestor of the elements (or :root)',
    ['Token', 'Default', ''],
    GLOBAL_TOKENS.map(
      (t) => html`<tr><td><code>${t.name}</code></td><td><code>${t.value}</code></td>
        <td>${t.name.startsWith('--icr-color') ? html`<span class="swatch" style=${styleMap({ background: t.value })}></span>` : ''}</td></tr>`,
    ),
  )}`,
};

/** Each element's own tokens and its `::part`s. */
export const ElementTokensAndParts: StoryObj = {
  render: () => html`${pageStyles}${DECLARATIONS.map((d) =>
    table(
      `<${tagOf(d.name)}>`,
      ['Token or part', 'What'],
      [
        ...(d.cssProperties ?? []).map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.description ?? ''}</td></tr>`),
        ...(d.cssParts ?? []).map((p) => html`<tr><td><code>::part(${p.name})</code></td><td>${p.description ?? ''}</td></tr>`),
      ],
    ),
  )}`,
};

const THEME_ARGS: Args = {
  '--icr-color-primary': '#330072',
  '--icr-color-text': '#1d1d1b',
  '--icr-color-surface-alt': '#f3eef8',
  '--icr-color-border': '#b8a6cc',
  '--icr-font-family': 'Georgia, serif',
  '--icr-space': '0.75rem',
  '--icr-radius': '0px',
  '--icr-banner-background': '#ede7f6',
};

/**
 * A host's own theme: the tokens are set on a wrapper in the host page (change them in the
 * controls), and the host styles a part from outside with `icr-allergies::part(heading)`.
 */
export const HostTheme: StoryObj = {
  ...story(
    { nhsNumber: PATIENTS.richardSmith },
    (args, loaded) => html`<style>
        .host-theme icr-allergies::part(heading) { text-transform: uppercase; letter-spacing: 0.05em; }
        .host-theme icr-patient-banner::part(name) { font-style: italic; }
      </style>
      <div class="host-theme" style=${styleMap(Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)])))}>
        ${inProvider(loaded, html`<icr-patient-banner></icr-patient-banner><icr-allergies></icr-allergies>`)}
      </div>`,
    { 'icr-patient-banner': 'loaded', 'icr-allergies': 'loaded' },
  ),
  args: THEME_ARGS,
  argTypes: Object.fromEntries(
    Object.keys(THEME_ARGS).map((k) => [k, { control: k.includes('color') || k.includes('background') ? 'color' : 'text' }]),
  ),
};

/** The same elements with no token set: the NHS defaults. */
export const NhsDefaults: StoryObj = story(
  { nhsNumber: PATIENTS.richardSmith },
  (_args, loaded) => inProvider(loaded, html`<icr-patient-banner></icr-patient-banner><icr-allergies></icr-allergies>`),
  { 'icr-patient-banner': 'loaded', 'icr-allergies': 'loaded' },
);
