import type { BlockSpec } from '../../../../src/core/conversation/block';
import type { ElementText } from '../../../../src/core/conversation/blockName';
import { planInPlace, reportedText, targetElements } from '../../../../src/core/conversation/blockUpdate';

const spec: BlockSpec = {
  kind: 'actionPlan',
  elements: [
    { type: 'heading', level: 2, text: 'Where it stands' },
    { type: 'paragraph', text: 'Read today.' },
    { type: 'list', items: ['Gaps: 2', 'Done: 10%'] },
    { type: 'table', header: ['A', 'B'], rows: [['1', '2']] },
    { type: 'paragraph', text: 'After the table' },
  ],
};

/** The block as a document read it back after writing `spec`. */
const asWritten: ElementText[] = [
  { type: 'paragraph', text: 'Where it stands' },
  { type: 'paragraph', text: 'Read today.' },
  { type: 'listItem', text: 'Gaps: 2' },
  { type: 'listItem', text: 'Done: 10%' },
  { type: 'table', text: 'A\nB\n1\n2' },
  { type: 'paragraph', text: 'After the table' },
];

describe('the elements a spec becomes', () => {
  it('is one per heading, paragraph, list item and table, in order', () => {
    expect(targetElements(spec).map((e) => e.type)).toEqual([
      'paragraph',
      'paragraph',
      'listItem',
      'listItem',
      'table',
      'paragraph',
    ]);
  });
});

describe('reportedText', () => {
  it('is the text written, unless it holds control characters only the document can report', () => {
    expect(reportedText('Date: 2026-11-27    Team member: ')).toBe('Date: 2026-11-27    Team member: ');
    expect(reportedText('two\nlines')).toBeNull();
    expect(reportedText('tab\there')).toBeNull();
  });
});

describe('updating a block in place', () => {
  it('sets only the texts that changed and always puts the table in anew', () => {
    const now = asWritten.map((e) => (e.text === 'Gaps: 2' ? { ...e, text: 'Gaps: 3' } : e));
    expect(planInPlace(now, spec)).toEqual([
      { kind: 'text', at: 2, text: 'Gaps: 2' },
      { kind: 'table', from: 4, to: 4, header: ['A', 'B'], rows: [['1', '2']] },
    ]);
  });

  it('leaves every text alone when the block already says what the spec says', () => {
    expect(planInPlace(asWritten, spec)).toEqual([
      { kind: 'table', from: 4, to: 4, header: ['A', 'B'], rows: [['1', '2']] },
    ]);
  });

  it('takes an empty paragraph an editor kept before the table as part of the table', () => {
    const withSpacer = [...asWritten.slice(0, 4), { type: 'paragraph', text: '' }, ...asWritten.slice(4)];
    expect(planInPlace(withSpacer, spec)).toEqual([
      { kind: 'table', from: 4, to: 5, header: ['A', 'B'], rows: [['1', '2']] },
    ]);
  });

  it('sets a text the document would report differently, every time', () => {
    const multiline: BlockSpec = { kind: 'agenda', elements: [{ type: 'paragraph', text: 'a\nb' }] };
    expect(planInPlace([{ type: 'paragraph', text: 'a\rb' }], multiline)).toEqual([
      { kind: 'text', at: 0, text: 'a\nb' },
    ]);
  });

  it('gives up when the shape differs: an element more or less, or of another type', () => {
    expect(planInPlace(asWritten.slice(1), spec)).toBeNull();
    expect(planInPlace([...asWritten, { type: 'paragraph', text: 'My note' }], spec)).toBeNull();
    const listAsParagraph = asWritten.map((e, i) => (i === 2 ? { ...e, type: 'paragraph' } : e));
    expect(planInPlace(listAsParagraph, spec)).toBeNull();
    const noTable = asWritten.map((e, i) => (i === 4 ? { type: 'paragraph', text: '' } : e));
    expect(planInPlace(noTable, spec)).toBeNull();
    expect(planInPlace([], spec)).toBeNull();
  });
});
