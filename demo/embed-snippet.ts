/**
 * "Embed this": the exact lines a vendor pastes to show what the demo shows now (patient, role,
 * elements), from the CDN file or from npm. Pure, so a test can read it without the page.
 *
 * The token never appears: a host hands the provider a function that returns its own login's
 * token per request (README "Configuration"), and that function is what the snippet shows.
 */
import type { RecordTag } from './record-region.js';

export type EmbedSource = 'cdn' | 'npm';

export interface EmbedChoice {
  endpoint: string;
  /** The patient as the provider is told it: an NHS number, or the ICR's logical id when there is none. */
  nhsNumber?: string;
  patientId?: string;
  /** National RBAC code and name of the role whose token the host's login returns. */
  role: { code: string; name: string };
  tags: readonly RecordTag[];
  source: EmbedSource;
}

/** Where a vendor would serve the CDN build from (README "Embedding"); the whole of dist/cdn/ goes there. */
export const CDN_URL = 'https://cdn.example/icr-elements/dist/cdn/icr-elements.min.js';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function openTag(tag: string, attributes: Record<string, string | undefined>): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${tag}${attrs}>`;
}

/** The `define` module of one tag from npm: `icr-allergies` → `icr-elements/elements/allergies.js`. */
export function npmModule(tag: string): string {
  return `icr-elements/elements/${tag.replace(/^icr-/, '')}.js`;
}

export function embedSnippet(choice: EmbedChoice): string {
  const provider = openTag('icr-provider', {
    endpoint: choice.endpoint,
    'nhs-number': choice.nhsNumber,
    'patient-id': choice.nhsNumber ? undefined : choice.patientId,
  });
  const inner = choice.tags.map(({ tag, attributes }) => `  ${openTag(tag, attributes)}</${tag}>`);
  const markup = [provider, ...inner, '</icr-provider>'];

  const library =
    choice.source === 'cdn'
      ? ['<!-- One file defines every element; serve all of dist/cdn/ (the sanitiser chunk sits beside it). -->', `<script type="module" src="${CDN_URL}"></script>`, '']
      : [];
  const imports =
    choice.source === 'npm'
      ? ['  // npm install icr-elements. One import per element (\'icr-elements/define.js\': all).', ...['icr-provider', ...choice.tags.map((t) => t.tag)].map((tag) => `  import '${npmModule(tag)}';`), '']
      : [];
  const wiring = [
    '<script type="module">',
    ...imports,
    "  const provider = document.querySelector('icr-provider');",
    '  // Your login\'s access token, asked for per request ({ forceRefresh: true } after a 401);',
    '  // never in an attribute or the markup.',
    `  // The user here: ${choice.role.name} (${choice.role.code}).`,
    '  provider.tokenProvider = (options) => myLogin.getAccessToken(options);',
    "  provider.addEventListener('icr-auth-expire', () => myLogin.signInAgain());",
    '</script>',
  ];
  return [...library, ...markup, '', ...wiring].join('\n');
}
