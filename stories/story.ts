/** Builds the stories: a scenario for the mock ICR, a render, and the state the story demonstrates. */
import type { StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { icr, inProvider, type LoadedIcr, type Scenario } from './mock.js';

export type Args = Record<string, unknown>;

/**
 * One story: `scenario` sets up its mock ICR, `render` draws it from the controls' args and the
 * loaded scenario, and `expect` ({ tag: state }) is the state each element must settle in.
 */
export function story(
  scenario: Scenario | ((args: Args) => Scenario),
  render: (args: Args, loaded: Record<string, unknown>) => TemplateResult,
  expect: Record<string, string>,
  extra: Partial<StoryObj> = {},
): StoryObj {
  return {
    ...extra,
    loaders: [icr(scenario)],
    render: (args, { loaded }) => render(args, loaded),
    parameters: { ...extra.parameters, icrExpect: expect },
  };
}

/** Attributes the section elements take from the controls (attribute names, as in custom-elements.json). */
const ATTRIBUTES = ['heading-level', 'filter', 'sort', 'page-size', 'list-range'] as const;

/**
 * A section element for the controls' args: inside the scenario's provider, or alone (it then
 * looks the patient up itself and shows its micro banner).
 */
export function section(tag: string, args: Args, loaded: Record<string, unknown>, standalone = false): TemplateResult {
  const tagName = unsafeStatic(tag);
  const attr = (name: (typeof ATTRIBUTES)[number]) => (args[name] === undefined || args[name] === '' ? undefined : String(args[name]));
  const { endpoint, nhsNumber, tokenProvider } = loaded.icr as LoadedIcr;
  const el = standalone
    ? staticHtml`<${tagName} endpoint=${endpoint} nhs-number=${nhsNumber} .tokenProvider=${tokenProvider}
        heading-level=${ifDefined(attr('heading-level'))} filter=${ifDefined(attr('filter'))} sort=${ifDefined(attr('sort'))}
        page-size=${ifDefined(attr('page-size'))} list-range=${ifDefined(attr('list-range'))} ?hide-other=${Boolean(args['hide-other'])}></${tagName}>`
    : staticHtml`<${tagName} heading-level=${ifDefined(attr('heading-level'))} filter=${ifDefined(attr('filter'))}
        sort=${ifDefined(attr('sort'))} page-size=${ifDefined(attr('page-size'))} list-range=${ifDefined(attr('list-range'))} ?hide-other=${Boolean(args['hide-other'])}></${tagName}>`;
  return standalone ? el : inProvider(loaded, el);
}

/** Stories of one section element: `s(scenario, state)` in a provider, `s.alone(...)` without one. */
export function sectionStories(tag: string) {
  const inside = (scenario: Scenario, state: string, args?: Args): StoryObj => ({
    ...story(scenario, (a, loaded) => section(tag, a, loaded), { [tag]: state }),
    ...(args ? { args } : {}),
  });
  inside.alone = (scenario: Scenario, state: string, args?: Args): StoryObj => ({
    ...story(scenario, (a, loaded) => section(tag, a, loaded, true), { [tag]: state }),
    ...(args ? { args } : {}),
  });
  return inside;
}
