// The one number format of the figures and their index (src/util/number-format.ts:
// pure, browser-safe), so the lab prints 1.4292 where the figures do.
export { formatNumber } from '../../../src/util/number-format.js';
