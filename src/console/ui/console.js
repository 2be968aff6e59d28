// The agent console: a script-only client of /agent/api (src/console/API.md).
// Everything from the API is untrusted (customers type it): it reaches the page through textContent only.
// This entry wires the modules' controls, starts the countdown clock and resumes the session.

import { tick } from './countdown.js';
import { wireSession, resume } from './session.js';
import { wireViews } from './views.js';
import { wireActions } from './actions.js';
import { wireComposer } from './composer.js';
import { wireAvailability } from './availability.js';

wireSession();
wireActions();
wireComposer();
wireViews();
wireAvailability();

setInterval(tick, 1000);
resume();
