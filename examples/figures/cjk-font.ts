// Chinese charts need a font with CJK characters: without one, the canvas draws
// every character as an empty box and nothing fails. Where fontconfig answers
// (Linux), ask it before drawing; elsewhere (macOS, Windows ship CJK fonts)
// trust the system's fallback.
import { execFileSync } from 'node:child_process';
import { MissingFontError } from '../../src/errors.js';

/** What to install, said once for the error and the docs. */
export const CJK_FONT_INSTALL =
  'On Debian or Ubuntu: sudo apt-get install fonts-noto-cjk (or run: bash scripts/setup.sh --cjk); elsewhere install Noto Sans CJK SC, or any Chinese font, with the system’s package manager.';

/**
 * Throws when fontconfig knows no font for Simplified Chinese.
 * @throws MissingFontError naming the package to install.
 */
export function checkChineseFont(): void {
  let families: string;
  try {
    families = execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return; // no fontconfig: nothing to ask
  }
  if (families.trim() === '') throw new MissingFontError('Chinese', CJK_FONT_INSTALL);
}
