/**
 * R51: how sensitive an item is, from its `meta.security` labels. One table for every section.
 *
 * Where the codes come from: UK Core binds `meta.security` to the FHIR security-labels value set
 * (http://hl7.org/fhir/ValueSet/security-labels), which carries
 * - the confidentiality codes of http://terminology.hl7.org/CodeSystem/v3-Confidentiality
 *   (U, L, M, N: normal; R restricted; V very restricted), and
 * - the InformationSensitivityPolicy codes of http://terminology.hl7.org/CodeSystem/v3-ActCode
 *   (value set http://terminology.hl7.org/ValueSet/v3-InformationSensitivityPolicy: HIV, PSY, SEX…).
 *   A sensitivity policy says the item is sensitive without saying how much, so it counts as R.
 * Unknown codes, other systems and a missing label are normal ("a missing label means normal").
 * Pure and self-contained (no imports), so read.ts can re-export it without a cycle.
 */

export type SensitivityLevel = 'R' | 'V';

export const CONFIDENTIALITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * v3-ActCode InformationSensitivityPolicy (with its Act, Entity and Role sub-hierarchies, and
 * COMPT, the compartment policy some ICRs send for the same purpose): each one counts as R.
 */
export const SENSITIVITY_POLICY_CODES: ReadonlySet<string> = new Set([
  '_InformationSensitivityPolicy', '_ActInformationSensitivityPolicy', '_EntitySensitivityPolicyType', '_RoleInformationSensitivityPolicy',
  'ADOL', 'B', 'BH', 'CEL', 'COGN', 'COMPT', 'DEMO', 'DIA', 'DOB', 'DRGIS', 'DVD', 'EMOTDIS', 'EMP', 'EMPL', 'ETH', 'ETHUD',
  'GDIS', 'GENDER', 'HIV', 'IDS', 'LIVARG', 'LOCIS', 'MARST', 'MH', 'MST', 'OPIOIDUD', 'PATLOC', 'PDS', 'PHY', 'PREGNANT',
  'PRS', 'PSY', 'PSYTHPN', 'RACE', 'REL', 'SCA', 'SDV', 'SEX', 'SICKLE', 'SOC', 'SPI', 'SSP', 'STD', 'SUD', 'TBOO', 'VIO', 'VIP',
]);

interface Label {
  system?: string;
  code?: string;
}

function labels(resource: unknown): Label[] {
  const meta = typeof resource === 'object' && resource !== null ? (resource as { meta?: unknown }).meta : undefined;
  const security = typeof meta === 'object' && meta !== null ? (meta as { security?: unknown }).security : undefined;
  const list = Array.isArray(security) ? security : [security];
  return list
    .filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null)
    .map((c) => ({
      system: typeof c.system === 'string' ? c.system.trim() : undefined,
      code: typeof c.code === 'string' ? c.code.trim() : undefined,
    }));
}

/** The level of one label, or undefined when it says nothing about sensitivity. */
function levelOf(label: Label): SensitivityLevel | undefined {
  const { system, code } = label;
  if (!code) return undefined;
  if (system === CONFIDENTIALITY_SYSTEM || system === undefined) {
    if (code === 'V') return 'V';
    if (code === 'R') return 'R';
  }
  // A bare policy code (no system) is read as the ActCode one: hiding is the safer mistake.
  if ((system === ACT_CODE_SYSTEM || system === undefined) && SENSITIVITY_POLICY_CODES.has(code)) return 'R';
  return undefined;
}

/** R51: the highest level among the item's labels: V, R, or undefined (normal). */
export function sensitivity(resource: unknown): SensitivityLevel | undefined {
  return highest(labels(resource).map(levelOf));
}

/** The highest of several levels (V above R above normal), e.g. for a group of results. */
export function highest(levels: readonly (SensitivityLevel | undefined)[]): SensitivityLevel | undefined {
  if (levels.includes('V')) return 'V';
  if (levels.includes('R')) return 'R';
  return undefined;
}
