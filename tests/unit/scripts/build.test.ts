import * as vm from 'node:vm';
import { escapeInlineScript } from '../../../scripts/build';

describe('escapeInlineScript', () => {
  it('hides the sequences Apps Script and HTML parsers would misread, keeping the script equivalent', () => {
    const code = 'var a="https://handbook.gitlab.com/x",b="<?= x ?>",c="</script><!-- -->";';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/:\/\/|<\?|<\/script|<!--/i);
    const run = (source: string): unknown =>
      vm.runInThisContext(`(function () { ${source}; return [a, b, c]; })()`);
    expect(run(escaped)).toEqual(run(code));
  });
});
