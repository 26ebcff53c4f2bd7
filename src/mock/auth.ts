/**
 * Demo tokens: HS256 JWTs signed with a fixed, published secret. They stand in for the token an
 * NHS CIS2 login (or the ICR's own OAuth server) issues for one selected role. Never use this secret
 * for anything real: it is in the source code on purpose, so the demo and tests can mint tokens.
 */
import { SignJWT, jwtVerify, errors } from 'jose';
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

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
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
  return new SignJWT({ role, org: opts.org ?? info.defaultOrg, name: user.name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(opts.sub ?? user.sub)
    .setIssuer(TOKEN_ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + (opts.expiresInSeconds ?? 3600))
    .setJti(uuid())
    .sign(key(secret));
}

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/** Verify the `Authorization` header value; the reasons are the 401 diagnostics. */
export async function verifyAuthorization(secret: string, header: string | null): Promise<VerifyResult> {
  if (!header) return { ok: false, reason: 'Missing Authorization header' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { ok: false, reason: 'Authorization header is not a Bearer token' };
  try {
    const { payload } = await jwtVerify(match[1]!, key(secret), { algorithms: ['HS256'], issuer: TOKEN_ISSUER });
    if (typeof payload.sub !== 'string') return { ok: false, reason: 'Invalid access token: no subject' };
    const claims: TokenClaims = { sub: payload.sub };
    if (typeof payload['role'] === 'string') claims.role = payload['role'];
    if (typeof payload['org'] === 'string') claims.org = payload['org'];
    if (typeof payload['name'] === 'string') claims.name = payload['name'];
    return { ok: true, claims };
  } catch (e) {
    if (e instanceof errors.JWTExpired) return { ok: false, reason: 'Access token expired' };
    return { ok: false, reason: 'Invalid access token' };
  }
}
