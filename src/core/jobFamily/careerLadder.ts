/**
 * Career ladders drawn as mermaid flowcharts, read as "From -> To" lines. Only the edge syntax
 * handbook pages use is understood (`A[Label] --> B`, chains, `;` separators, edge labels); other
 * diagram lines are skipped.
 */
import { cleanText } from './plainText';

const MAX_LADDER_LINES = 200;
const NODE =
  /^\s*([A-Za-z0-9_.-]+)\s*(?:\[\(?"?([^\]"]*)"?\)?\]|\(\(?"?([^)"]*)"?\)?\)|\{"?([^}"]*)"?\})?\s*$/;
const ARROW = /\s*(?:-{2,}>|={2,}>|-\.+->|-{2,}|={3,})(?:\|[^|]*\|)?\s*/;

export function readMermaidLadder(code: string): string[] {
  const labels = new Map<string, string>();
  const edges: Array<[string, string]> = [];
  for (const statement of code.split(/[\n;]/)) {
    const line = statement.trim();
    if (
      line === '' ||
      /^(graph|flowchart|%%|classDef|class |style |linkStyle|subgraph|end$|click )/i.test(line)
    ) {
      continue;
    }
    const parts = line.split(ARROW);
    const ids: string[] = [];
    for (const part of parts) {
      const node = NODE.exec(part);
      if (!node) {
        ids.length = 0;
        break;
      }
      const id = node[1] as string;
      const label = node[2] ?? node[3] ?? node[4];
      if (label !== undefined && cleanText(label) !== '') labels.set(id, cleanText(label));
      ids.push(id);
    }
    for (let i = 1; i < ids.length; i++) edges.push([ids[i - 1] as string, ids[i] as string]);
    if (edges.length >= MAX_LADDER_LINES) break;
  }
  return edges.map(([from, to]) => `${labels.get(from) ?? from} -> ${labels.get(to) ?? to}`);
}
