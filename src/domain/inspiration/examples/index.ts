import type { Example } from '../example.ts';
import { AFHANDELEN_EXAMPLES } from './afhandelen.ts';
import { EVALUATIE_EXAMPLES } from './evaluatie.ts';
import { OMGEVING_EXAMPLES } from './omgeving.ts';
import { PREVENTIE_EXAMPLES } from './preventie.ts';
import { REAGEREN_EXAMPLES } from './reageren.ts';
import { REGISTRATIE_EXAMPLES } from './registratie.ts';

/** The whole library, in the order of the phases. */
export const EXAMPLES: readonly Example[] = [
  ...PREVENTIE_EXAMPLES,
  ...OMGEVING_EXAMPLES,
  ...REAGEREN_EXAMPLES,
  ...AFHANDELEN_EXAMPLES,
  ...REGISTRATIE_EXAMPLES,
  ...EVALUATIE_EXAMPLES,
];
