/**
 * Checks the role catalog: `npm run catalog:check` validates the authored catalog, and
 * `npx tsx scripts/catalog-check.ts path/to/catalog.json` validates a JSON file instead.
 * Prints the counts and exits 0 when the catalog is valid; prints each problem and exits 1 when not.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog } from '../src/core/catalog';
import { catalog } from '../src/catalog';
import { checkCatalog, countCatalog, formatCounts } from '../src/catalog/schema';

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

function main(): void {
  const { data, source } = load(process.argv[2]);
  const result = checkCatalog(data);
  if (!result.ok) {
    console.error(`Catalog invalid (${source}): ${plural(result.errors.length, 'problem', 'problems')}`);
    for (const error of result.errors) console.error(`  ${error}`);
    process.exit(1);
  }
  console.log(`Catalog OK: ${formatCounts(result.counts)}`);
  for (const line of teamLines(result.catalog)) console.log(line);
}

main();
