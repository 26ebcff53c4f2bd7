/**
 * NHS number Modulus 11 (NHS Data Dictionary): digits 1-9 weighted 10..2, check = 11 - (sum mod 11),
 * 11 becomes 0 and 10 means the nine digits can never form a valid number. The mock uses it to
 * refuse searches with invalid numbers, as PDS does.
 */
export function nhsCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

export function isValidNhsNumber(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  return nhsCheckDigit(value.slice(0, 9)) === Number(value[9]);
}
