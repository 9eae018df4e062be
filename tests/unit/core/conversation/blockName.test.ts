import {
  BLOCK_PREFIX,
  blockFingerprint,
  formatBlockName,
  parseBlockName,
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
