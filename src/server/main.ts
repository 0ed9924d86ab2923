// Server entry: the bundle's only export. Loading it calls no service (global code runs in AuthMode.NONE).
import { servicesFromGlobals } from '../google/services';
import { createPublicApi } from './public-api';

export const api = createPublicApi(servicesFromGlobals);
