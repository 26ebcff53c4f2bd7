/**
 * Re-renders its host when the host catalogue changes (`setMessages`), so a language chosen after
 * the elements exist is shown at once (STYLE.md: strings are looked up at render, never kept).
 * Added once, in the base `IcrElement`; `onChange` lets a host re-derive what it formatted ahead
 * of render (a section's view model holds display strings: dates, names) before it renders again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messagesLocale, onMessagesChange } from '../i18n/core.js';

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
    this.sayLanguage();
    this.unsubscribe = onMessagesChange(() => {
      this.sayLanguage();
      this.onChange?.();
      this.host.requestUpdate();
    });
  }

  /**
   * The element's `lang` is the language of its words (WCAG 3.1.2), which is the catalogue's, not
   * necessarily the host page's: a Welsh page with no Welsh catalogue shows English, and says so.
   */
  private sayLanguage(): void {
    if (this.host instanceof HTMLElement) this.host.lang = messagesLocale();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
