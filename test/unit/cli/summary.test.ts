// The last line of `check` counts warnings; notices of unsettled dates are counted apart.
import * as assert from 'assert';
import { toText } from '../../../src/cli/checkReport';
import type { BriefDiagnostic } from '../../../src/core/types';

const diag = (severity: BriefDiagnostic['severity'], code: BriefDiagnostic['code']): BriefDiagnostic =>
  ({ severity, code, line: 0, column: 0, endLine: 0, endColumn: 1, start: 0, end: 1, cited: 'June 4', message: 'm', sources: [] }) as unknown as BriefDiagnostic;

suite('command line summary', () => {
  test('notices of unsettled dates are not counted as warnings', () => {
    const out = toText([{ file: 'b.md', diagnostics: [diag('warning', 'date-conflict'), diag('information', 'date-unsettled'), diag('information', 'date-unsettled')] }]);
    assert.strictEqual(out.split('\n').pop(), '1 warning in 1 of 1 brief; 2 dates the sources do not settle');
    assert.strictEqual(toText([{ file: 'b.md', diagnostics: [diag('information', 'date-unsettled')] }]).split('\n').pop(), 'no warnings in 1 brief; 1 date the sources do not settle');
  });
});
