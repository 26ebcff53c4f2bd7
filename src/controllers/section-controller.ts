/**
 * Loads one record section for the host element's patient view: waits for the patient, runs the
 * section's searches together (one round trip after the lookup), hands the answers to the pure
 * mapper and exposes one explicit state. A new patient view clears the state at once and
 * discards every answer still in flight for the old one (R42).
 */
import { translator } from '../i18n/core.js';
import { dataMessages } from '../i18n/en-GB/data.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../data/http.js';
import { mergeWarnings } from '../data/warnings.js';
import type { Failure, FailureKind, PatientLoaded, SearchOutcome, SearchResult } from '../data/icr-outcome.js';
import type { DataState, FailureState, SectionQuery, SectionSpec, SectionState } from '../fhir/section-contract.js';
import { mapOnce } from '../fhir/mapped-once.js';
// The contract types are defined in the low contract module (sections and mappers use them too).
export type {
  Mapped, MappedKind, SectionMeta, SectionQuery, SectionSpec, SectionState, DataState, FailureState,
} from '../fhir/section-contract.js';
import type { PatientView } from '../data/patient-view.js';
import type { PatientIdentity } from '../data/patient-guard.js';
import type { RevealSlot } from '../data/reveal-together.js';
import type { SearchRequest } from '../data/client.js';
import { isValidNhsNumber, nhsNumberWithoutSpaces } from '../format/nhs-number.js';
import { IcrDataLoadEvent, IcrDataProgressEvent, IcrErrorEvent } from '../events.js';

const t = translator(dataMessages);

/** Which failure wins when several queries of one section fail: the one that says most. */
const PRECEDENCE: FailureKind[] = [
  'wrong-patient', 'opted-out', 'not-configured', 'invalid-nhs-number', 'not-found',
  'auth-required', 'restricted', 'bad-response', 'unavailable',
];

/** Failures an optional query may not hide: they speak about the whole record. */
const NEVER_IGNORED: FailureKind[] = ['wrong-patient', 'opted-out', 'auth-required'];

/** How often a long list still receiving pages is shown again with what has arrived. */
const PARTIAL_REFRESH_MS = 1000;

export class SectionController<VM> implements ReactiveController {
  state: SectionState<VM> = { kind: 'loading' };
  private partialShownAt = 0;
  /** The current load's showing before its late helpers (its refresh timer ends with the load). */
  private early?: EarlyShow<VM>;
  private view?: PatientView;
  private run?: AbortController;
  private unsubscribe?: () => void;
  /** The answers the current data state was mapped from, for `remap`. */
  private answers?: { queries: SectionQuery[]; outcomes: SearchOutcome[]; patient: PatientLoaded; run: AbortController };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly spec: SectionSpec<VM>,
    private readonly getView: () => PatientView | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.view = undefined; // reconnecting reloads from the (possibly new) view
  }

  hostDisconnected(): void {
    this.stop();
    this.follow(undefined);
    this.view = undefined;
  }

  /** Runs before every render: a different patient view means start again, synchronously cleared. */
  hostUpdate(): void {
    const view = this.getView();
    if (view === this.view) return;
    this.stop();
    this.view = view;
    this.follow(view);
    this.state = { kind: 'loading' };
    if (view) void this.load(view, false);
  }

  /**
   * R73: inside a provider a section shows no retry of its own for a failed lookup; the retry is on
   * the one whole-record state (banner or provider notice). When that asks the ICR again, the
   * section loads again with it instead of keeping the old failure.
   */
  private follow(view: PatientView | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = view?.subscribe((patient) => {
      if (patient.kind !== 'loading' || !isWholeRecordFailure(this.state) || view !== this.view) return;
      this.stop();
      this.state = { kind: 'loading' };
      this.host.requestUpdate();
      void this.load(view, false);
    });
  }

  /** Asks the ICR again (the retry control); the patient lookup is repeated only if it failed. */
  retry(): void {
    const view = this.view;
    if (!view) return;
    this.stop();
    this.state = { kind: 'loading' };
    this.host.requestUpdate();
    void this.load(view, true);
  }

  /**
   * A new message catalogue (`setMessages`): the shown answers are mapped again, so the view
   * model's display strings (dates, names, words) follow the new language without a request. The
   * state object is updated in place: the same data, so what the viewer revealed stays revealed.
   */
  remap(): void {
    const last = this.answers;
    if (!last || !this.isCurrent(last.run) || !isDataState(this.state) || isLoadingMore(this.state)) return;
    try {
      Object.assign(this.state, this.combine(last.queries, last.outcomes, last.patient));
    } catch {
      // The mapper mapped these answers before; if it now throws, the old words stay on screen.
    }
  }

  private stop(): void {
    this.early?.end();
    this.early = undefined;
    this.run?.abort();
    this.run = undefined;
  }

  private async load(view: PatientView, reload: boolean): Promise<void> {
    const run = new AbortController();
    this.run = run;
    const onViewEnd = () => run.abort();
    view.signal.addEventListener('abort', onViewEnd, { once: true });
    const slot = view.reveal.join();
    const queries = this.spec.queries();
    // Progressive sections: each query's newest answer, partial (pages so far) or whole.
    let latest: (SearchOutcome | undefined)[] = [];
    let confirmed: PatientLoaded | undefined;
    const showSoFar = () => {
      if (confirmed && !run.signal.aborted) this.settlePartial(queries, latest, confirmed, run, slot);
    };
    // Issue 21 point 5: a section with `late` helpers is shown once its own answers are in.
    const early = new EarlyShow<VM>(queries);
    this.early = early;
    const showWithoutLate = () => {
      if (confirmed && !run.signal.aborted && this.run === run) this.settleWithoutLate(queries, latest, confirmed, run, slot, early);
    };
    type Ask = (request: SearchRequest) => Promise<SearchOutcome>;
    const searchWith = (ask: Ask) => {
      const answers: (SearchOutcome | undefined)[] = (latest = []);
      return Promise.all(queries.map((q, i) => {
        const hears = this.spec.progressive || early.waits;
        const onPartial = hears ? (partial: SearchResult) => { answers[i] = partial; showSoFar(); showWithoutLate(); } : undefined;
        const answer = ask({ ...q, reload, onPartial });
        if (hears) void answer.then((o) => { answers[i] = o; showSoFar(); showWithoutLate(); }, () => undefined);
        return answer;
      }));
    };
    const search = (who: PatientIdentity) => searchWith((request) => view.client!.search(request, who, view.context(run.signal)));
    // Issue 21: by NHS number, the searches go with the lookup, chained on the identifier; the
    // client hands nothing on before `confirm` says which one patient the lookup returned.
    let confirm: (who: PatientIdentity | undefined) => void = () => undefined;
    const lookedUp = new Promise<PatientIdentity | undefined>((resolve) => (confirm = resolve));
    const chainOn = (nhsNumber: string) => searchWith((request) => view.client!.searchChained(request, nhsNumber, lookedUp, view.context(run.signal)));
    try {
      // Given the logical id, the sections need not wait for the patient read (one round trip, not
      // two): their answers are held back until the patient is confirmed, and shown only then.
      const knownId = view.client ? view.ref.patientId : undefined;
      const byId = knownId ? search({ id: knownId }) : undefined;
      byId?.catch(() => undefined); // an abort while the patient read fails is not an error
      const chainNhs = !knownId ? chainableNhsNumber(view) : undefined;
      const chained = chainNhs ? chainOn(chainNhs) : undefined;
      chained?.catch(() => undefined); // likewise
      const previous = view.state;
      const patient = await view.patient(reload && previous.kind !== 'loaded' && previous.kind !== 'loading');
      if (run.signal.aborted) return;
      if (patient.kind !== 'loaded') {
        confirm(undefined);
        this.settle({ ...patient, wholeRecord: true }, run, slot);
        run.abort(); // discard the early searches: nothing of theirs may be shown (R9, R55)
        return;
      }
      const who = { id: patient.id, nhsNumber: patient.nhsNumber };
      confirmed = patient;
      confirm(who);
      // search() makes its answers the `latest` before anything can arrive, so from here on only
      // pages for the confirmed patient are shown.
      const pending = chained ?? (byId && patient.id === knownId ? byId : search(who));
      showSoFar(); // pages that arrived before the patient was confirmed
      showWithoutLate();
      let outcomes = await pending;
      // References by NHS number can only be matched once the patient is known: ask again then.
      if (byId && patient.nhsNumber && outcomes.some((o) => o.kind === 'wrong-patient')) outcomes = await search(who);
      if (run.signal.aborted) return;
      this.answers = { queries, outcomes, patient, run };
      const state = this.combine(queries, outcomes, patient);
      early.end();
      if (early.waits) this.showBeside(early, state, true, run, slot);
      else this.settle(state, run, slot);
    } catch (error) {
      if (isAbort(error) || run.signal.aborted) return;
      // A mapper that throws on data it did not foresee must still end in a defined state.
      this.settle({ kind: 'bad-response', detail: t('data.unreadable') }, run, slot);
    } finally {
      view.signal.removeEventListener('abort', onViewEnd);
      slot.leave(); // nothing shown (a new view, removed): the others need not wait for this one
    }
  }

  private combine(queries: SectionQuery[], outcomes: SearchOutcome[], patient: PatientLoaded): SectionState<VM> {
    const failures = outcomes
      .map((o, i) => (o.kind === 'loaded' ? undefined : { failure: o, optional: queries[i].optional }))
      .filter((f): f is { failure: Failure; optional: boolean | undefined } => !!f)
      .filter((f) => !f.optional || NEVER_IGNORED.includes(f.failure.kind))
      .map((f) => f.failure)
      .sort((a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind));
    if (failures.length) return { ...failures[0], patient };
    const results = outcomes.map((o) => (o.kind === 'loaded' ? o : undefined));
    const loaded = results.filter((r): r is SearchResult => !!r);
    const own = results.filter((r, i): r is SearchResult => !!r && !queries[i].helper);
    // The record's summary and the section element hear the same answers: mapped once (issue 21).
    const mapped = mapOnce(this.spec, results, patient, outcomes.map((o) => (o.kind === 'loaded' ? undefined : o)));
    if (mapped.failure) return { ...mapped.failure, patient };
    const incomplete = own.find((r) => r.incomplete)?.incomplete;
    return {
      ...mapped,
      patient,
      meta: {
        retrievedAt: Math.max(patient.retrievedAt, ...loaded.map((r) => r.retrievedAt)),
        // R50: each fact once (one withheld line, one count), whichever searches said it.
        warnings: mergeWarnings([...own.map((r) => r.warnings), mapped.warnings ?? []]),
        incomplete,
      },
    };
  }

  /**
   * Shows a long record's pages so far, once every query has answered at least once and none has
   * failed (a failure waits for the end, where it wins as usual). Fires `icr-data-progress`.
   */
  private settlePartial(queries: SectionQuery[], latest: (SearchOutcome | undefined)[], patient: PatientLoaded, run: AbortController, slot: RevealSlot): void {
    if (this.run !== run || queries.some((_, i) => latest[i]?.kind !== 'loaded')) return;
    const results = latest as SearchResult[];
    const pending = results.filter((r) => r.loadingMore);
    if (!pending.length) return; // the whole answer: load() settles it
    // Mapping and rendering the whole list again for every page would cost O(pages × items): the
    // first pages at once, then at most one refresh a second until the last page is in.
    const now = Date.now();
    const partShown = isLoadingMore(this.state) || (this.state.kind === 'loading' && !!this.state.reading);
    if (partShown && now - this.partialShownAt < PARTIAL_REFRESH_MS) return;
    this.partialShownAt = now;
    const state = this.combine(queries, results, patient);
    // Records of the list itself received so far (an optional helper query, such as the allergies
    // medications are checked against, is not part of the count).
    const own = results.filter((_, i) => !queries[i].optional);
    const shown = own.reduce((n, r) => n + r.matches.length, 0);
    const totals = own.map((r) => (r.loadingMore ? r.total : r.matches.length));
    const total = totals.every((n) => n !== undefined) ? totals.reduce((a: number, b) => a + b!, 0) : undefined;
    // Part of a record never says "none" (H4): pages with nothing for this section yet are still
    // loading, with how far the reading has got (the summary's line need not wait for the last page).
    if (state.kind === 'empty' && this.state.kind === 'loading') {
      const reading: SectionState<VM> = { kind: 'loading', reading: { shown, total } };
      slot.show(() => {
        if (!this.isCurrent(run) || this.state.kind !== 'loading') return;
        this.state = reading;
        this.host.requestUpdate();
      });
      return;
    }
    // Only a list with items so far is shown as one.
    if (state.kind !== 'loaded') return;
    state.meta.loadingMore = { shown, total };
    slot.show(() => {
      if (!this.isCurrent(run) || (isDataState(this.state) && !isLoadingMore(this.state))) return;
      this.state = state;
      this.host.requestUpdate();
      this.host.dispatchEvent(new IcrDataProgressEvent({ section: this.spec.section, shown, total }));
    });
  }

  /**
   * Issue 21 point 5: no section waits on another. A section whose `late` helpers (the medications
   * the allergies are checked against) are not all in is shown as soon as its own answers are,
   * with the helpers' pages so far (none yet: an empty answer marked `loadingMore`, so the map
   * says "not yet checked against the full list"), and mapped again as their pages arrive, at
   * most once a second until the last is in (then load() settles it, quietly). Only a data state
   * is shown early: a failure waits for the end, where it wins as usual.
   */
  private settleWithoutLate(queries: SectionQuery[], latest: (SearchOutcome | undefined)[], patient: PatientLoaded, run: AbortController, slot: RevealSlot, early: EarlyShow<VM>): void {
    if (!early.waits || early.done) return;
    const complete = (o: SearchOutcome | undefined) => !!o && (o.kind !== 'loaded' || !o.loadingMore);
    if (queries.some((q, i) => !q.late && !complete(latest[i]))) return;
    if (queries.every((q, i) => !q.late || complete(latest[i]))) return; // the whole answer: load() settles it
    const now = Date.now();
    if (early.shown && now - early.shownAt < PARTIAL_REFRESH_MS) {
      // The pages that came meanwhile are shown at the end of the window (a cue is never held back).
      early.timer ??= setTimeout(() => {
        early.timer = undefined;
        if (this.run === run) this.settleWithoutLate(queries, latest, patient, run, slot, early);
      }, PARTIAL_REFRESH_MS - (now - early.shownAt));
      return;
    }
    const soFar = queries.map((q, i) => latest[i] ?? NOT_IN_YET);
    const state = this.combine(queries, soFar, patient);
    if (!isDataState(state)) return;
    early.shownAt = now;
    early.shown = true;
    this.showBeside(early, state, false, run, slot);
  }

  /**
   * Shows a state of a load with late helpers: through the reveal slot once (held with the other
   * sections until the view's first reveal), the newest state replacing one still held, so the
   * whole answer arriving before the reveal is shown in the same task as the others. The
   * data-load event is fired once per load (a failure at the end still fires its error event).
   */
  private showBeside(early: EarlyShow<VM>, state: SectionState<VM>, final: boolean, run: AbortController, slot: RevealSlot): void {
    early.next = { state, final };
    if (early.queued) return;
    early.queued = true;
    slot.show(() => {
      early.queued = false;
      const next = early.next;
      early.next = undefined;
      if (!next || (early.done && !next.final)) return;
      this.apply(next.state, run, early.announced && isDataState(next.state));
      if (isDataState(next.state)) early.announced = true;
    });
  }

  private settle(state: SectionState<VM>, run: AbortController, slot: RevealSlot): void {
    slot.show(() => this.apply(state, run));
  }

  /**
   * Whether a state of `run` may still be shown. Not `run.signal.aborted`: a patient failure aborts
   * the run's early searches right after settling, while its state may still be held for the
   * reveal. A new run or an ended view is what makes a state stale (R42).
   */
  private isCurrent(run: AbortController): boolean {
    return this.run === run && !!this.view && !this.view.disposed;
  }

  /** Shows `state`; `quiet`: the same load's data state again (a late helper's pages), no second event. */
  private apply(state: SectionState<VM>, run: AbortController, quiet = false): void {
    if (!this.isCurrent(run)) return;
    this.state = state;
    this.host.requestUpdate();
    if (quiet) return;
    const section = this.spec.section;
    if (isDataState(state)) {
      this.host.dispatchEvent(new IcrDataLoadEvent({ section, state: state.kind, count: state.count, retrievedAt: state.meta.retrievedAt }));
    } else if (isFailureState(state)) {
      this.host.dispatchEvent(new IcrErrorEvent({ section, kind: state.kind, status: state.status, detail: state.detail, code: state.code, role: state.role }));
    }
  }
}

/** A late helper with nothing in yet: no pages so far, more to come. */
const NOT_IN_YET: SearchResult = Object.freeze({ kind: 'loaded', matches: [], included: [], warnings: [], retrievedAt: 0, loadingMore: true }) as SearchResult;

/** One load's showing before its `late` helpers are in (issue 21 point 5). */
class EarlyShow<VM> {
  /** The section has late helpers, so it may be shown before them. */
  readonly waits: boolean;
  /** A data state was put up to be shown before the helpers were all in. */
  shown = false;
  shownAt = 0;
  /** That state reached the screen, and its data-load event was fired. */
  announced = false;
  /** The newest state to show, and whether it is the whole answer; `queued`: a show is held for it. */
  next?: { state: SectionState<VM>; final: boolean };
  queued = false;
  /** The refresh at the end of the throttle window, for pages that came within it. */
  timer?: ReturnType<typeof setTimeout>;
  /** The whole answer is settled: nothing held for the reveal may overwrite it. */
  done = false;
  constructor(queries: SectionQuery[]) {
    this.waits = queries.some((q) => q.late);
  }

  /** The whole answer is in, or the load stopped: no refresh is left waiting (leak tests count timers). */
  end(): void {
    this.done = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * The NHS number to chain the view's searches on (issue 21): a view by NHS number (not by id), with
 * a valid number (an invalid one is refused before any request, R14), on an endpoint that has not
 * refused or ignored a chained search.
 */
function chainableNhsNumber(view: PatientView): string | undefined {
  if (!view.client?.chainable || view.ref.patientId) return undefined;
  const nhsNumber = nhsNumberWithoutSpaces(view.ref.nhsNumber);
  return nhsNumber && isValidNhsNumber(nhsNumber) ? nhsNumber : undefined;
}

/** The lookup of the view's patient failed: a whole-record state, not a failure of this section. */
export function isWholeRecordFailure<VM>(state: SectionState<VM>): state is FailureState & { wholeRecord: true } {
  return isFailureState(state) && !!state.wholeRecord;
}

/** The state has data to show (loaded, empty or not recorded). */
export function isDataState<VM>(state: SectionState<VM>): state is DataState<VM> {
  return state.kind === 'loaded' || state.kind === 'empty' || state.kind === 'not-recorded';
}

/** A long list shown before its last page arrived (`icr-data-progress`), still receiving pages. */
export function isLoadingMore<VM>(state: SectionState<VM> | undefined): boolean {
  return !!state && isDataState(state) && !!state.meta.loadingMore;
}

export function isFailureState<VM>(state: SectionState<VM>): state is FailureState {
  return state.kind !== 'loading' && !isDataState(state);
}
