/**
 * Placeholder, so that tsc sees a module: scripts/build.ts replaces this file in every Code.js with
 * the packs its add-on ships, by name, each with the length of its text. The text itself is a
 * project file of its own beside Code.js (./files.ts), which Apps Script does not evaluate: only
 * the calls that read a pack load it. Outside a bundle there is nothing packed.
 */
export const packed: Readonly<Record<string, number | undefined>> = {};
