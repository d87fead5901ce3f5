// Points the random module's entropy (random.seed(None), SystemRandom) at the running program's
// entropy capability, so a run with a seed is reproducible end to end.

import { currentCapabilities } from '../../sandbox/capabilities.js';
import { setEntropySource } from '../random-module.js';

setEntropySource((words) => currentCapabilities().entropy.words(words));
