/**
 * The sections of one patient view show their answers together: a section whose answer is in waits
 * for the others still loading, for at most `holdMs` after the first answer, then every waiting
 * section is shown in the same task (so in one frame).
 *
 * Why: answers of one burst reach the page a few milliseconds apart. Shown one by one, each batch
 * costs its own style, layout and paint pass, the page jumps as sections grow above the one being
 * read, and a frame in progress delays the answers behind it. Shown together, the page changes
 * once. The hold is bounded, so a slow section never keeps the others back for long; a section
 * that joins after the view's first reveal is shown at once.
 */
export interface RevealSlot {
  /** Show this section's state: now, or with the others. `apply` runs once. */
  show(apply: () => void): void;
  /** The section stopped without anything to show (a new view, removed): do not wait for it. */
  leave(): void;
}

export class RevealTogether {
  private loading = 0;
  private held: Array<() => void> = [];
  private revealed = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly holdMs = 50) {}

  join(): RevealSlot {
    if (this.revealed) return { show: (apply) => apply(), leave: () => undefined };
    this.loading++;
    let open = true;
    const close = (): boolean => {
      if (!open) return false;
      open = false;
      this.loading--;
      return true;
    };
    return {
      show: (apply) => {
        if (!close() || this.revealed) return apply();
        this.held.push(apply);
        this.timer ??= setTimeout(() => this.reveal(), this.holdMs);
        if (this.loading === 0) this.reveal();
      },
      leave: () => {
        if (close() && this.loading === 0 && this.held.length) this.reveal();
      },
    };
  }

  private reveal(): void {
    this.revealed = true;
    clearTimeout(this.timer);
    const held = this.held;
    this.held = [];
    for (const apply of held) apply();
  }
}
