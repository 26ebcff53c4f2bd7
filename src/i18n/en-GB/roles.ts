/**
 * National RBAC job roles (R48) in words, for "Not available for your role (Clerical)" (R49). Short
 * names a user recognises as their own selected role; the codes themselves never reach the screen.
 */
export const rolesMessages = {
  'role.R8000': 'Clinical Practitioner',
  'role.R8001': 'Nurse',
  'role.R1070': 'Paramedic',
  'role.R9570': 'Senior Social Worker',
  'role.R8010': 'Clerical',
} as const;
