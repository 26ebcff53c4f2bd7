/**
 * Re-renders its host when the host catalogue changes (`setMessages`), so a language chosen after
 * the elements exist is shown at once (STYLE.md: strings are looked up at render, never kept).
 * Added once, in the base `IcrElement`; `onChange` lets a host re-derive what it formatted ahead
 * of render (a section's view model holds display strings: dates, names) before it renders again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onMessagesChange } from '../i18n/core.js';

export class LocalizeController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = onMessagesChange(() => {
      this.onChange?.();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
