/**
 * Placeholder, so that tsc sees a module: scripts/build.ts replaces this file in every bundle with
 * the packs that bundle ships, by name, each the gzip (base-91 text, ./base91.ts) of UTF-8 text (a data pack's JSON,
 * a lazy module's code). Outside a bundle there is nothing packed.
 */
export const packed: Readonly<Record<string, string | undefined>> = {};
