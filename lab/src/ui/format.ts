// The one number format of the figures and their index (src/plot/number-format.ts:
// pure, browser-safe), so the lab prints 1.4292 where the figures do.
export { formatNumber } from '../../../src/plot/number-format.js';
