import { echoInput } from '../../../src/core/echo';

describe('echoInput', () => {
  it('leaves ordinary input as it is', () => {
    expect(echoInput('sales-operations/astronaut')).toBe('sales-operations/astronaut');
    expect(echoInput('<b>x</b> & Co')).toBe('<b>x</b> & Co');
  });

  it('strips bidirectional overrides and isolates, zero-width characters and the byte-order mark', () => {
    const hidden = [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\uFEFF',
    ];
    expect(echoInput(`ad${hidden.join('')}min`)).toBe('admin');
    expect(echoInput('\u202Egnp.exe')).toBe('gnp.exe');
  });

  it('turns line breaks and other control characters into spaces', () => {
    expect(echoInput('a\nb\tc\u0007d')).toBe('a b c d');
  });

  it('shortens long input to its first 60 characters (or as many as asked), marked with an ellipsis', () => {
    expect(echoInput('x'.repeat(61))).toBe(`${'x'.repeat(60)}…`);
    expect(echoInput('x'.repeat(60))).toBe('x'.repeat(60));
    expect(echoInput('abcdef', 3)).toBe('abc…');
    // Characters outside the basic plane count once and are never cut in half.
    expect(echoInput('😀'.repeat(5), 2)).toBe('😀😀…');
  });
});
