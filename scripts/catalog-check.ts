/**
 * Checks the role catalog: `npm run catalog:check` validates the authored catalog and the suggestion
 * library, and `npx tsx scripts/catalog-check.ts path/to/catalog.json` validates a JSON file instead.
 * Prints the counts and the library's coverage (skills x kinds, per area) and exits 0 when all is
 * valid; prints each problem, and each skill that lacks a kind of suggestion, and exits 1 when not.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog } from '../src/core/catalog';
import { catalog } from '../src/catalog';
import { checkCatalog, countCatalog, formatCounts } from '../src/catalog/schema';
import { SUGGESTION_LIBRARY } from '../src/catalog/suggestions';
import { checkSuggestionLibrary, describeGap, formatCoverage } from '../src/catalog/suggestions/schema';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One line per team, in catalog order: "  Sales Operations: 6 families, 22 levels, 139 requirements". */
function teamLines(checked: Catalog): string[] {
  const teams = [...new Set(checked.families.map((f) => f.team))];
  return teams.map((team) => {
    const counts = countCatalog({ families: checked.families.filter((f) => f.team === team) });
    return `  ${team}: ${plural(counts.families, 'family', 'families')}, ${plural(counts.levels, 'level', 'levels')}, ${plural(counts.requirements, 'requirement', 'requirements')}`;
  });
}

function load(path: string | undefined): { data: unknown; source: string } {
  if (!path) return { data: catalog, source: 'src/catalog' };
  const file = resolve(path);
  try {
    return { data: JSON.parse(readFileSync(file, 'utf8')), source: file };
  } catch (error) {
    console.error(`Cannot read ${file} as JSON: ${(error as Error).message}`);
    process.exit(1);
  }
}

/** Validates the authored suggestion library and prints its coverage; false when invalid or incomplete. */
function checkLibrary(): boolean {
  const result = checkSuggestionLibrary(SUGGESTION_LIBRARY);
  const { coverage } = result;
  if (result.ok) {
    console.log(
      `\nSuggestion library OK: ${plural(coverage.suggestions, 'suggestion', 'suggestions')} for skills, ` +
        plural(coverage.areaSuggestions, 'area-level suggestion', 'area-level suggestions'),
    );
  } else {
    console.error(`\nSuggestion library invalid: ${plural(result.errors.length, 'problem', 'problems')}`);
    for (const error of result.errors) console.error(`  ${error}`);
  }
  console.log('Coverage: skills with at least one suggestion of each kind');
  for (const line of formatCoverage(coverage)) console.log(line);
  if (coverage.gaps.length > 0) {
    console.error(`Suggestion library incomplete: ${plural(coverage.gaps.length, 'gap', 'gaps')}`);
    for (const gap of coverage.gaps) console.error(`  ${describeGap(gap)}`);
  }
  return result.ok && coverage.gaps.length === 0;
}

function main(): void {
  const path = process.argv[2];
  const { data, source } = load(path);
  const result = checkCatalog(data);
  if (!result.ok) {
    console.error(`Catalog invalid (${source}): ${plural(result.errors.length, 'problem', 'problems')}`);
    for (const error of result.errors) console.error(`  ${error}`);
    process.exit(1);
  }
  console.log(`Catalog OK: ${formatCounts(result.counts)}`);
  for (const line of teamLines(result.catalog)) console.log(line);
  // A JSON file is a catalog only; the library is checked with the authored catalog.
  if (!path && !checkLibrary()) process.exit(1);
}

main();
