/**
 * JSX typings for React 19 hosts: `import type {} from 'icr-elements/frameworks/react';` once
 * (or list this file in tsconfig `types`/`include`), and every `icr-` tag type-checks in TSX.
 *
 * React 19 sets a custom element's *properties* when the element has one of that name (so pass
 * `tokenProvider={fn}`, `nhsNumber="…"`, camelCase), and adds an event listener for any
 * `on<event-name>` prop, the event name exactly as written after `on`: `onicr-data-load={fn}`.
 * Import `icr-elements/define.js` before the first render, so the properties exist.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type {} from '../index.js'; // every element's HTMLElementTagNameMap entry and event map

/** The `icr-` tags the library defines. */
export type IcrTagName = Extract<keyof HTMLElementTagNameMap, `icr-${string}`>;
/** The `icr-` events the library fires. */
export type IcrEventName = Extract<keyof GlobalEventHandlersEventMap, `icr-${string}`>;

/** `onicr-data-load` and friends, typed with each event's class. */
export type IcrReactEventProps = {
  [K in IcrEventName as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

/** An element's own public properties (not HTMLElement's or Lit's). */
export type IcrElementProps<E> = Partial<Omit<E, keyof LitElement>>;

export type IcrReactProps<E extends HTMLElement> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof IcrElementProps<E>> &
  IcrElementProps<E> &
  IcrReactEventProps & { class?: string };

type IcrIntrinsicElements = { [K in IcrTagName]: IcrReactProps<HTMLElementTagNameMap[K]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IcrIntrinsicElements {}
  }
}
