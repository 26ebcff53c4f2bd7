/**
 * Typings for Angular hosts. Angular checks custom elements' bindings only loosely
 * (`CUSTOM_ELEMENTS_SCHEMA` accepts any property and event), and an event binding's `$event` is
 * typed `Event`. These helpers give back what the schema loses:
 *
 *   (icr-data-load)="onLoad($event)"
 *   onLoad(event: Event) { const { detail } = icrEvent(event, 'icr-data-load'); … }  // DataLoadDetail
 *
 * and `IcrElement<'icr-provider'>` types a `viewChild` of an icr- tag.
 */
import type {} from '../index.js'; // every element's HTMLElementTagNameMap entry and event map

/** The `icr-` tags the library defines. */
export type IcrTagName = Extract<keyof HTMLElementTagNameMap, `icr-${string}`>;
/** The `icr-` events the library fires. */
export type IcrEventName = Extract<keyof GlobalEventHandlersEventMap, `icr-${string}`>;
/** The element class behind a tag, e.g. for `viewChild<ElementRef<IcrElement<'icr-provider'>>>`. */
export type IcrElement<K extends IcrTagName> = HTMLElementTagNameMap[K];
/** The event class of an `icr-` event name, detail typed. */
export type IcrEventOf<K extends IcrEventName> = GlobalEventHandlersEventMap[K];

/**
 * `$event` of an `(icr-…)` binding, typed by its name. Throws when the event is not that one, so
 * a handler bound to the wrong event fails loudly instead of reading the wrong detail.
 */
export function icrEvent<K extends IcrEventName>(event: Event, type: K): IcrEventOf<K> {
  if (event.type !== type) throw new TypeError(`icrEvent: expected ${type}, got ${event.type}`);
  return event as IcrEventOf<K>;
}
