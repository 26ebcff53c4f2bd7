/**
 * The population in memory. Each patient's record is built on first use (so importing the mock stays
 * cheap, and the long history is generated only when someone asks for it), then kept for the life
 * of the mock.
 */
import { createClock } from './clock.js';
import { sharedResources } from './organisations.js';
import type { PatientModule } from './population/module.js';
import type { FhirResource } from './types.js';

export interface PatientRecord {
  module: PatientModule;
  patient: FhirResource;
  byType: Map<string, FhirResource[]>;
  byKey: Map<string, FhirResource>;
}

export interface Located {
  resource: FhirResource;
  /** The owning patient, for patient-owned resources. */
  owner?: PatientRecord;
}

export class PopulationStore {
  private readonly records = new Map<string, PatientRecord>();
  private readonly shared = new Map<string, FhirResource>();

  constructor(
    readonly modules: readonly PatientModule[],
    private readonly now: () => number,
  ) {
    for (const r of sharedResources()) this.shared.set(`${r.resourceType}/${r.id}`, r);
  }

  module(patientId: string): PatientModule | undefined {
    return this.modules.find((m) => m.id === patientId);
  }

  moduleByNhsNumber(nhsNumber: string): PatientModule | undefined {
    return this.modules.find((m) => m.nhsNumber === nhsNumber);
  }

  record(patientId: string): PatientRecord | undefined {
    const cached = this.records.get(patientId);
    if (cached) return cached;
    const module = this.module(patientId);
    if (!module) return undefined;
    const resources = module.build(createClock(this.now()));
    const patient = resources[0];
    if (!patient || patient.resourceType !== 'Patient' || patient.id !== module.id) {
      throw new Error(`mock population: ${module.id} must build its Patient first`);
    }
    const byType = new Map<string, FhirResource[]>();
    const byKey = new Map<string, FhirResource>();
    for (const r of resources) {
      const key = `${r.resourceType}/${r.id}`;
      if (byKey.has(key) || this.shared.has(key)) throw new Error(`mock population: duplicate ${key}`);
      byKey.set(key, r);
      const list = byType.get(r.resourceType) ?? [];
      list.push(r);
      byType.set(r.resourceType, list);
    }
    const record: PatientRecord = { module, patient, byType, byKey };
    this.records.set(patientId, record);
    return record;
  }

  /** Find any resource by type and id: shared ones first, then in patients' records. */
  find(type: string, id: string): Located | undefined {
    const key = `${type}/${id}`;
    const shared = this.shared.get(key);
    if (shared) return { resource: shared };
    if (type === 'Patient') {
      const record = this.record(id);
      return record ? { resource: record.patient, owner: record } : undefined;
    }
    // Ids carry their patient's prefix, but a read must not depend on that: look everywhere.
    for (const m of this.modules) {
      const record = this.record(m.id);
      const resource = record?.byKey.get(key);
      if (record && resource) return { resource, owner: record };
    }
    return undefined;
  }

  sharedOfType(type: string): FhirResource[] {
    return [...this.shared.values()].filter((r) => r.resourceType === type);
  }
}
