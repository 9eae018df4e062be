/**
 * Where a pack's text lives: an HTML file of the Apps Script project, `pack-<name>.html` in the
 * build folder. Apps Script parses and evaluates every script file (Code.js) in each execution, but
 * an HTML file only when a call reads it, so the packs cost nothing to the calls that do not use them.
 * The build writes the files (scripts/build.ts); the script reads them (./unpack.ts).
 */

/** The project file name of the pack `name`, without `.html`, as HtmlService names it. */
export function packFileName(name: string): string {
  return `pack-${name}`;
}
