/**
 * Request routing for the mock ICR: the checks every request passes in order (path, method, Accept,
 * `/metadata`, token, sharing agreement, resource type), then read or search, each gated by the
 * patient's consent and the role's access policy, and the `wrong-patient` fault's swap of records.
 * Turning the Reply into a Response, latency and the other faults are `../icr.ts`'s.
 */
import { verifyAuthorization, type TokenClaims } from '../auth.js';
import { operationOutcome } from '../outcome.js';
import { inSharingAgreement, mayRead, RESOURCE_SECTION } from '../policy.js';
import { WRONG_PATIENT_DONORS } from '../population/index.js';
import { PATIENT_SCOPED } from '../search/params.js';
import { parseSearch, sortResources, SUPPORTED_TYPES } from '../search.js';
import type { PatientRecord, PopulationStore } from '../store.js';
import type { ChainedSearchMode, FhirResource } from '../types.js';
import { capabilityStatement } from './capability.js';
import { accessDenied, acceptable, json, noConsent, unauthorised, type Reply } from './reply.js';
import { searchset } from './searchset.js';

export interface RequestContext {
  url: URL;
  /** Origin + base path of this request, e.g. `http://127.0.0.1:8787/fhir`. */
  base: string;
  claims: TokenClaims;
  /** Answer for another patient than the one asked for (the `wrong-patient` fault). */
  wrongPatient: boolean;
}

export class IcrRouter {
  constructor(
    private readonly store: PopulationStore,
    private readonly secret: string,
    private readonly basePath: string,
    /** How chained searches on the patient's identifier are answered (the mock's `chainedSearch`). */
    private readonly chainedSearch: () => ChainedSearchMode = () => 'supported',
  ) {}

  async respond(request: Request, url: URL, segments: string[] | undefined, wrongPatient: boolean): Promise<Reply> {
    if (!segments) return json(404, operationOutcome('error', 'not-found', `Not a path of this FHIR server: ${url.pathname}`, 'BAD_REQUEST'));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return json(405, operationOutcome('error', 'not-supported', `${request.method} is not supported: this ICR is read-only`, 'BAD_REQUEST'));
    }
    if (!acceptable(request, url)) {
      return json(406, operationOutcome('error', 'not-supported', 'This server returns application/fhir+json only', 'UNSUPPORTED_MEDIA_TYPE'));
    }
    const base = `${url.origin}${this.basePath}`;
    if (segments.length === 1 && segments[0] === 'metadata') return json(200, capabilityStatement(base));

    const verified = await verifyAuthorization(this.secret, request.headers.get('authorization'));
    if (!verified.ok) return unauthorised(verified.reason);
    const claims = verified.claims;
    if (!inSharingAgreement(claims.org)) {
      return accessDenied(`Organisation ${claims.org ?? '(none)'} is not party to the Integrated Care Record sharing agreement`);
    }

    const [type, id, ...rest] = segments;
    if (!type || !SUPPORTED_TYPES.includes(type) || !RESOURCE_SECTION[type]) {
      return json(400, operationOutcome('error', 'not-supported', `Resource type ${type ?? '(none)'} is not supported by this server`, 'BAD_REQUEST'));
    }
    if (rest.length > 0 || id === '_search' || id === '_history') {
      return json(400, operationOutcome('error', 'not-supported', `Operation ${url.pathname} is not supported`, 'BAD_REQUEST'));
    }
    const ctx: RequestContext = { url, base, claims, wrongPatient };
    return id === undefined ? this.search(ctx, type) : this.read(ctx, type, id);
  }

  /** Consent, then role: the checks every patient-related request passes, in that order. */
  private gate(ctx: RequestContext, type: string, patient: PatientRecord | undefined): Reply | undefined {
    if (patient?.module.optedOut) return noConsent();
    if (!mayRead(ctx.claims.role, type)) {
      return accessDenied(
        `Role ${ctx.claims.role ?? '(none)'} may not read ${type} (section: ${RESOURCE_SECTION[type] ?? 'unknown'})`,
        ctx.claims.role,
      );
    }
    return undefined;
  }

  /**
   * A patient other than `patientId` for the `wrong-patient` fault: one that has resources of
   * `type`, so the fault always serves another patient's data rather than an empty answer.
   */
  private donorFor(patientId: string | undefined, type: string): PatientRecord | undefined {
    const donors = WRONG_PATIENT_DONORS.filter((d) => d !== patientId)
      .map((d) => this.store.record(d))
      .filter((r): r is PatientRecord => !!r);
    return donors.find((r) => type === 'Patient' || (r.byType.get(type)?.length ?? 0) > 0) ?? donors[0];
  }

  private read(ctx: RequestContext, type: string, id: string): Reply {
    const located = this.store.find(type, id);
    if (!located) {
      const gate = this.gate(ctx, type, undefined);
      if (gate) return gate;
      return json(404, operationOutcome('error', 'not-found', `${type}/${id} is not in the Integrated Care Record`, 'RESOURCE_NOT_FOUND'));
    }
    const gate = this.gate(ctx, type, located.owner);
    if (gate) return gate;
    if (ctx.wrongPatient && located.owner) {
      const donor = this.donorFor(located.owner.module.id, type);
      const swapped = type === 'Patient' ? donor?.patient : donor?.byType.get(type)?.[0];
      if (swapped) return json(200, swapped);
    }
    return json(200, located.resource);
  }

  private search(ctx: RequestContext, type: string): Reply {
    const parsed = parseSearch(type, ctx.url.searchParams, this.chainedSearch());
    if (!parsed.ok) return json(parsed.status, parsed.outcome);
    const search = parsed.search;

    // Which patient the search is about (for consent), and the candidate resources.
    let record: PatientRecord | undefined;
    let candidates: FhirResource[];
    if (type === 'Patient') {
      const module = search.nhsNumber ? this.store.moduleByNhsNumber(search.nhsNumber) : undefined;
      const ids = search.ids ?? [];
      if (module && (ids.length === 0 || ids.includes(module.id))) record = this.store.record(module.id);
      else if (!search.nhsNumber && !search.foreignIdentifier && ids.length === 1) record = this.store.record(ids[0]!);
      candidates = record && !search.foreignIdentifier ? [record.patient] : [];
    } else if (search.patientId !== undefined) {
      record = this.store.record(search.patientId);
      candidates = record?.byType.get(type) ?? [];
    } else if (search.chainedNhsNumber !== undefined) {
      // Chained on the identifier: that NHS number's patient's records (none for an unknown one).
      const module = this.store.moduleByNhsNumber(search.chainedNhsNumber);
      record = module ? this.store.record(module.id) : undefined;
      candidates = record?.byType.get(type) ?? [];
    } else if (search.ignored.length && PATIENT_SCOPED.has(type)) {
      // The `ignore` mode: a lenient server that dropped the patient filter answers with records of
      // whoever it holds, here the first wrong-patient donor's, so a client that used it would show them.
      record = this.donorFor(undefined, type);
      candidates = record?.byType.get(type) ?? [];
    } else {
      // Types that are not patient-scoped (Organization, Practitioner, Medication, ...).
      candidates = type === 'Medication' ? [] : this.store.sharedOfType(type);
      if (type === 'Medication' && search.ids?.length === 1) {
        const located = this.store.find('Medication', search.ids[0]!);
        record = located?.owner;
        if (located) candidates = [located.resource];
      }
    }
    const gate = this.gate(ctx, type, record);
    if (gate) return gate;

    if (ctx.wrongPatient && record) {
      const donor = this.donorFor(record.module.id, type);
      if (donor) {
        record = donor;
        candidates = type === 'Patient' ? [donor.patient] : (donor.byType.get(type) ?? []);
      }
    }

    let matches = candidates;
    if (search.ids && type !== 'Patient') matches = matches.filter((r) => search.ids!.includes(r.id));
    for (const filter of search.filters) matches = matches.filter(filter);
    matches = sortResources(matches, search.sort);
    return json(200, searchset(this.store, ctx, search, matches, record));
  }
}
