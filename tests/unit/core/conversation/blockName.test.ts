import {
  BLOCK_PREFIX,
  blockFingerprint,
  formatBlockName,
  formatWritingName,
  parseBlockName,
  parseWritingName,
} from '../../../../src/core/conversation/blockName';

describe('block names', () => {
  it('round-trips kind, fingerprint and parameters, dots and slashes included', () => {
    const name = formatBlockName({
      kind: 'requirements',
      fingerprint: '0a1b2c3d',
      params: ['sales-ops/senior.analyst', ''],
    });
    expect(name.startsWith(`${BLOCK_PREFIX}requirements.0a1b2c3d.`)).toBe(true);
    expect(parseBlockName(name)).toEqual({
      kind: 'requirements',
      fingerprint: '0a1b2c3d',
      params: ['sales-ops/senior.analyst', ''],
    });
  });

  it('ignores names that are not ours or name an unknown kind', () => {
    expect(parseBlockName('other.agenda.x')).toBeNull();
    expect(parseBlockName('careergrowth.notes.x')).toBeNull();
    expect(parseBlockName('careergrowth.agenda.fp.%E0%A4%A')).toBeNull();
    expect(parseBlockName('careergrowth.agenda')).toEqual({ kind: 'agenda', fingerprint: '', params: [] });
  });

  it('refuses a name longer than Docs accepts', () => {
    expect(() => formatBlockName({ kind: 'agenda', fingerprint: 'f', params: ['x'.repeat(300)] })).toThrow(
      /too long/,
    );
  });

  it('fingerprints change with any text, the element count or a type', () => {
    const base = [
      { type: 'paragraph', text: 'Gaps' },
      { type: 'table', text: 'a\tb' },
    ];
    const fp = blockFingerprint(base);
    expect(blockFingerprint([...base])).toBe(fp);
    expect(blockFingerprint([{ type: 'paragraph', text: 'Gaps!' }, base[1]!])).not.toBe(fp);
    expect(blockFingerprint(base.slice(0, 1))).not.toBe(fp);
    expect(blockFingerprint([{ type: 'listItem', text: 'Gaps' }, base[1]!])).not.toBe(fp);
    expect(
      blockFingerprint([{ type: 'paragraph', text: 'Gaps' }, { type: 'paragraph', text: '' }, base[1]!]),
    ).not.toBe(fp);
  });
});

describe('slot names (a block being written)', () => {
  it('round-trips kind, mode and parameters, and never reads as a block', () => {
    const name = formatWritingName({
      kind: 'requirements',
      head: false,
      replacing: true,
      params: ['sales-ops/senior.analyst', ''],
    });
    expect(name.startsWith('careergrowth.writing.requirements.br.')).toBe(true);
    expect(parseWritingName(name)).toEqual({
      kind: 'requirements',
      head: false,
      replacing: true,
      params: ['sales-ops/senior.analyst', ''],
    });
    expect(parseBlockName(name)).toBeNull();
  });

  it('tells a slot at the head of the body from one between two elements', () => {
    const head = formatWritingName({ kind: 'agenda', head: true, replacing: false, params: ['2026-01-05'] });
    expect(head).toBe('careergrowth.writing.agenda.hi.2026-01-05');
    expect(parseWritingName(head)).toMatchObject({ head: true, replacing: false });
  });

  it('ignores block names, unknown kinds and modes', () => {
    expect(parseWritingName('careergrowth.agenda.0a1b2c3d.2026-01-05')).toBeNull();
    expect(parseWritingName('careergrowth.writing.notes.bi')).toBeNull();
    expect(parseWritingName('careergrowth.writing.agenda.xx')).toBeNull();
  });

  it('refuses a name longer than Docs accepts', () => {
    expect(() =>
      formatWritingName({ kind: 'agenda', head: false, replacing: false, params: ['x'.repeat(300)] }),
    ).toThrow(/too long/);
  });
});
