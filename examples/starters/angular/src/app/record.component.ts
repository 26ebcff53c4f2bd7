/**
 * Angular's idioms for custom elements:
 *  - `schemas: [CUSTOM_ELEMENTS_SCHEMA]`: icr- tags are custom elements, not Angular components;
 *  - `[tokenProvider]` and `[nhsNumber]`: property bindings, so the function stays a function
 *    (never `[attr.…]`); keep it one function for the life of the view;
 *  - `(icr-data-load)`: an event binding on the element's own event; `icrEvent` from
 *    `icr-elements/frameworks/angular` types its detail.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { icrEvent } from 'icr-elements/frameworks/angular';
import { endpoint, getToken, nhsNumber } from './icr-host';

@Component({
  selector: 'app-record',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main class="record">
      <h1>Patient record</h1>
      <icr-provider [endpoint]="endpoint" [nhsNumber]="nhsNumber" [tokenProvider]="tokenProvider"
        (icr-data-load)="onLoad($event)">
        <icr-patient-banner></icr-patient-banner>
        <icr-allergies></icr-allergies>
        <icr-medications></icr-medications>
      </icr-provider>
      <p class="host-log">Loaded: {{ loaded().join(', ') || 'waiting' }}</p>
    </main>`,
  styles: `.record { max-width: 60rem; margin: 0 auto; font-family: Arial, sans-serif; }`,
})
export class RecordComponent {
  protected readonly endpoint = endpoint;
  protected readonly nhsNumber = nhsNumber;
  protected readonly tokenProvider = getToken;
  protected readonly loaded = signal<string[]>([]);

  protected onLoad(event: Event): void {
    const { detail } = icrEvent(event, 'icr-data-load');
    this.loaded.update((s) => [...s, `${detail.section}: ${detail.state}`]);
  }
}
