/**
 * Compile-time checks of the framework typings (type-checked by `tsc -p tsconfig.json`; nothing
 * here runs). A wrong type below makes the type check fail.
 */
import type { GlobalComponents } from 'vue';
import type { IcrVueEventProps } from '../../src/frameworks/vue.js';
import type { IcrReactEventProps } from '../../src/frameworks/react.js';
import type { IcrDataLoadEvent } from '../../src/events.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

export type VueHasEveryTag = Assert<Equal<Extract<keyof GlobalComponents, `icr-${string}`>, Extract<keyof HTMLElementTagNameMap, `icr-${string}`>>>;
export type VueDataLoad = Assert<Equal<Parameters<NonNullable<IcrVueEventProps['onIcrDataLoad']>>[0], IcrDataLoadEvent>>;
export type ReactDataLoad = Assert<Equal<Parameters<NonNullable<IcrReactEventProps['onicr-data-load']>>[0], IcrDataLoadEvent>>;
