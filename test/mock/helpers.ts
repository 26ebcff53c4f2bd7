/** Small helpers for the mock ICR's own tests: requests straight into `mock.handle`, no worker. */
import type { FhirResource, MockIcr } from '../../src/mock/index.js';

export interface Entry {
  fullUrl: string;
  resource: FhirResource;
  search?: { mode: string };
}

export interface Bundle extends FhirResource {
  type: string;
  total?: number;
  link?: Array<{ relation: string; url: string }>;
  entry?: Entry[];
}

export function request(mock: MockIcr, path: string, token?: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = /^https?:/.test(path) ? path : `${mock.baseUrl}/${path}`;
  const all: Record<string, string> = { Accept: 'application/fhir+json', ...headers };
  if (token) all['Authorization'] = `Bearer ${token}`;
  return mock.handle(new Request(url, { headers: all }));
}

export async function getJson<T = Bundle>(mock: MockIcr, path: string, token?: string, headers?: Record<string, string>): Promise<{ status: number; body: T; response: Response }> {
  const response = await request(mock, path, token, headers);
  const body = (await response.json()) as T;
  return { status: response.status, body, response };
}

export const matches = (b: Bundle): FhirResource[] => (b.entry ?? []).filter((e) => e.search?.mode === 'match').map((e) => e.resource);
export const includes = (b: Bundle): FhirResource[] => (b.entry ?? []).filter((e) => e.search?.mode === 'include').map((e) => e.resource);
export const outcomes = (b: Bundle): FhirResource[] => (b.entry ?? []).filter((e) => e.search?.mode === 'outcome').map((e) => e.resource);

/** The Spine error code of an OperationOutcome body. */
export function spineCode(body: unknown): string | undefined {
  const issue = (body as { issue?: Array<{ details?: { coding?: Array<{ system?: string; code?: string }> } }> }).issue?.[0];
  return issue?.details?.coding?.find((c) => c.system === 'https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode')?.code;
}

/** NHS number Modulus 11, written independently of the mock's own implementation. */
export function modulus11(nhs: string): boolean {
  if (!/^\d{10}$/.test(nhs)) return false;
  const digits = [...nhs].map(Number);
  const sum = digits.slice(0, 9).reduce((acc, d, i) => acc + d * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === digits[9];
}

/** Every page of a search, following `link[next]`. */
export async function allPages(mock: MockIcr, path: string, token: string): Promise<{ pages: Bundle[]; resources: FhirResource[] }> {
  const pages: Bundle[] = [];
  let next: string | undefined = path;
  while (next) {
    const { status, body }: { status: number; body: Bundle } = await getJson<Bundle>(mock, next, token);
    if (status !== 200) throw new Error(`${next} answered ${status}`);
    pages.push(body);
    next = body.link?.find((l: { relation: string }) => l.relation === 'next')?.url;
    if (pages.length > 100) throw new Error('too many pages');
  }
  return { pages, resources: pages.flatMap(matches) };
}
