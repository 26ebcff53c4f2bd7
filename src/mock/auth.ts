/**
 * Demo tokens: HS256 JWTs signed with a fixed, published secret. They stand in for the token an
 * NHS CIS2 login (or the ICR's own OAuth server) issues for one selected role. Never use this secret
 * for anything real: it is in the source code on purpose, so the demo and tests can mint tokens.
 *
 * Signed and checked with Web Crypto's HMAC (browsers and Node 20+ have it), not a JWT library, so
 * `icr-elements/mock` needs no dependency a host's tests would have to install (issue 20).
 */
import { ROLES } from './policy.js';
import type { IssueTokenOptions, MockRoleCode } from './types.js';

/** The documented demo secret (HS256). Public by design; the mock is not a security boundary. */
export const DEMO_TOKEN_SECRET = 'icr-elements-mock-icr-demo-secret-NOT-FOR-PRODUCTION';

export const TOKEN_ISSUER = 'https://icr.mock.nhs.uk/auth';

const DEMO_USERS: Record<MockRoleCode, { sub: string; name: string }> = {
  R8000: { sub: 'demo-user-clinician', name: 'Dr Demo Clinician' },
  R8001: { sub: 'demo-user-nurse', name: 'Demo Nurse' },
  R1070: { sub: 'demo-user-paramedic', name: 'Demo Paramedic' },
  R9570: { sub: 'demo-user-social-worker', name: 'Demo Social Worker' },
  R8010: { sub: 'demo-user-clerical', name: 'Demo Clerk' },
};

export interface TokenClaims {
  sub: string;
  role?: string;
  org?: string;
  name?: string;
}

const encoder = new TextEncoder();

function key(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Undefined for anything that is not base64url (a tampered token is refused, not thrown on). */
function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function jsonPart(text: string): Record<string, unknown> | undefined {
  const bytes = fromBase64url(text);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function uuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export async function issueToken(secret: string, role: MockRoleCode, opts: IssueTokenOptions = {}): Promise<string> {
  const info = ROLES.find((r) => r.code === role);
  if (!info) throw new Error(`Unknown mock role ${role}`);
  const now = Math.floor(Date.now() / 1000);
  const user = DEMO_USERS[role];
  const payload = {
    role,
    org: opts.org ?? info.defaultOrg,
    name: user.name,
    sub: opts.sub ?? user.sub,
    iss: TOKEN_ISSUER,
    iat: now,
    exp: now + (opts.expiresInSeconds ?? 3600),
    jti: uuid(),
  };
  const part = (value: object): string => base64url(encoder.encode(JSON.stringify(value)));
  const signingInput = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  const signature = await crypto.subtle.sign('HMAC', await key(secret, 'sign'), encoder.encode(signingInput));
  return `${signingInput}.${base64url(new Uint8Array(signature))}`;
}

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/** Verify the `Authorization` header value; the reasons are the 401 diagnostics. */
export async function verifyAuthorization(secret: string, header: string | null): Promise<VerifyResult> {
  if (!header) return { ok: false, reason: 'Missing Authorization header' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { ok: false, reason: 'Authorization header is not a Bearer token' };
  const parts = match[1]!.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'Invalid access token' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const tokenHeader = jsonPart(headerPart);
  const payload = jsonPart(payloadPart);
  const signature = fromBase64url(signaturePart);
  if (!tokenHeader || tokenHeader['alg'] !== 'HS256' || !payload || !signature) return { ok: false, reason: 'Invalid access token' };
  // subtle.verify compares in constant time; the signature is checked before any claim is trusted.
  const valid = await crypto.subtle.verify('HMAC', await key(secret, 'verify'), signature, encoder.encode(`${headerPart}.${payloadPart}`));
  if (!valid || payload['iss'] !== TOKEN_ISSUER) return { ok: false, reason: 'Invalid access token' };
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload['exp'] === 'number' && payload['exp'] <= now) return { ok: false, reason: 'Access token expired' };
  if (typeof payload['nbf'] === 'number' && payload['nbf'] > now) return { ok: false, reason: 'Invalid access token' };
  if (typeof payload['sub'] !== 'string') return { ok: false, reason: 'Invalid access token: no subject' };
  const claims: TokenClaims = { sub: payload['sub'] as string };
  if (typeof payload['role'] === 'string') claims.role = payload['role'];
  if (typeof payload['org'] === 'string') claims.org = payload['org'];
  if (typeof payload['name'] === 'string') claims.name = payload['name'];
  return { ok: true, claims };
}
