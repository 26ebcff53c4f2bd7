/** Strings for a host whose security policy stops the elements (issue 22, Trusted Types). */
export const hostPolicyMessages = {
  // Said in each element's place when the page's Trusted Types policy refuses what the elements need.
  'hostPolicy.blocked':
    'The Integrated Care Record cannot be shown here: this system\u2019s security settings stop it. This does not mean there is no record. Tell your IT service desk.',
  // For the service desk: which policy names the host must allow (README "Strict hosts").
  'hostPolicy.blocked.detail': 'Trusted Types policy refused: {policies}.',
} as const;
