/**
 * Template typings for Vue 3 hosts (Volar / vue-tsc): `import type {} from 'icr-elements/frameworks/vue';`
 * once, and every `icr-` tag's properties and events type-check in templates.
 *
 * Tell Vue the tags are custom elements (`compilerOptions.isCustomElement = (tag) => tag.startsWith('icr-')`),
 * bind objects and functions as properties (`.tokenProvider="fn"`), and listen with `@icr-data-load`.
 */
import type { DefineComponent } from 'vue';
import type { LitElement } from 'lit';
import type {} from '../index.js'; // every element's HTMLElementTagNameMap entry and event map

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** The `icr-` tags the library defines. */
export type IcrTagName = Extract<keyof HTMLElementTagNameMap, `icr-${string}`>;
/** The `icr-` events the library fires. */
export type IcrEventName = Extract<keyof GlobalEventHandlersEventMap, `icr-${string}`>;

/** `@icr-data-load` and friends (Vue types a listener as the camelCase `on…` prop). */
export type IcrVueEventProps = {
  [K in IcrEventName as `on${Capitalize<Camel<K>>}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

/** An element's own public properties (not HTMLElement's or Lit's). */
export type IcrElementProps<E> = Partial<Omit<E, keyof LitElement>>;

export type IcrVueComponent<E> = DefineComponent<IcrElementProps<E> & IcrVueEventProps>;

type IcrGlobalComponents = { [K in IcrTagName]: IcrVueComponent<HTMLElementTagNameMap[K]> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends IcrGlobalComponents {}
}
