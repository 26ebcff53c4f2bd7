/** Loads the shared FHIR fixtures (served read-only at /fixtures/ by the test runner). */
import type { FhirResource } from '../../src/fhir/read.js';

export async function loadFixture<T = FhirResource>(relativePath: string): Promise<T> {
  const response = await fetch(`/fixtures/${relativePath}`);
  if (!response.ok) throw new Error(`Fixture not found: ${relativePath}`);
  return (await response.json()) as T;
}

/** File names in a fixtures folder (e.g. `fhir-r4`), optionally only those starting with `prefix`. */
export async function listFixtures(folder: string, prefix = ''): Promise<string[]> {
  const response = await fetch(`/fixtures-index/${folder}`);
  if (!response.ok) throw new Error(`Fixture folder not found: ${folder}`);
  const names = (await response.json()) as string[];
  return names.filter((n) => n.startsWith(prefix));
}

/** Every resource of `resourceType` in a folder: plain files, and resources inside Bundles too. */
export async function fixturesOfType(folder: string, resourceType: string): Promise<{ file: string; resource: FhirResource }[]> {
  const out: { file: string; resource: FhirResource }[] = [];
  for (const file of await listFixtures(folder)) {
    const json = await loadFixture(`${folder}/${file}`);
    if (json.resourceType === resourceType) out.push({ file, resource: json });
    if (json.resourceType === 'Bundle' && Array.isArray(json.entry)) {
      for (const entry of json.entry as { resource?: FhirResource }[]) {
        if (entry.resource?.resourceType === resourceType) out.push({ file, resource: entry.resource });
      }
    }
  }
  return out;
}
