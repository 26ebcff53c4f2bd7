/** The context key through which `<icr-provider>` hands its patient view to every element inside. */
import { createContext } from '@lit/context';
import type { PatientView } from '../data/patient-view.js';

export const patientViewContext = createContext<PatientView | undefined>(Symbol('icr-patient-view'));
