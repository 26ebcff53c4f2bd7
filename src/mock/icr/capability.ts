/**
 * The mock ICR's CapabilityStatement (`GET /metadata`, no token needed): the types it serves, read
 * and search on each, and the `_include`s each supports, from the same tables the search uses.
 */
import { INCLUDES, SUPPORTED_TYPES } from '../search.js';
import type { FhirResource } from '../types.js';

export function capabilityStatement(base: string): FhirResource {
  return {
    resourceType: 'CapabilityStatement',
    id: 'mock-icr',
    status: 'active',
    date: '2024-01-01',
    kind: 'instance',
    software: { name: 'icr-elements mock ICR' },
    implementation: { description: 'Synthetic Integrated Care Record (no real person\'s data)', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: { service: [{ text: 'Bearer token (HS256 demo JWT)' }] },
        resource: SUPPORTED_TYPES.map((type) => ({
          type,
          interaction: [{ code: 'read' }, { code: 'search-type' }],
          searchInclude: Object.keys(INCLUDES[type] ?? {}),
        })),
      },
    ],
  };
}
