/**
 * The synthetic population: no real person's data. Richard Smith is UK Core's own fictional example;
 * everyone else is invented, with NHS numbers in the 999 test range that pass Modulus 11.
 */
import { amiraKhan } from './amira-khan.js';
import { arthurGreenwood } from './arthur-greenwood.js';
import { davidJones } from './david-jones.js';
import { edithHolloway } from './edith-holloway.js';
import { garethBrown } from './gareth-brown.js';
import { haroldWalker } from './harold-walker.js';
import { margaretEvans } from './margaret-evans.js';
import type { PatientModule } from './module.js';
import { oliverBennett } from './oliver-bennett.js';
import { priyaSharma } from './priya-sharma.js';
import { richardSmith } from './richard-smith.js';
import { sophieTaylor } from './sophie-taylor.js';
import { thomasWright } from './thomas-wright.js';
import { zaraOkafor } from './zara-okafor.js';
import { colinHughes } from './colin-hughes.js';

export type { PatientModule };

export const POPULATION: readonly PatientModule[] = [
  richardSmith,
  edithHolloway,
  oliverBennett,
  zaraOkafor,
  haroldWalker,
  sophieTaylor,
  garethBrown,
  priyaSharma,
  davidJones,
  margaretEvans,
  thomasWright,
  arthurGreenwood,
  amiraKhan,
  colinHughes,
];

/** Whose records the `wrong-patient` fault serves instead (both have every resource type). */
export const WRONG_PATIENT_DONORS: readonly string[] = [richardSmith.id, edithHolloway.id];
