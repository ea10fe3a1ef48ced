// Check results for people (compiler-style lines), for scripts (JSON) and for code-scanning
// tools (SARIF 2.1.0). Lines and columns are 1-based here, as every editor shows them.
import type { BriefDiagnostic } from '../core/types';
import { OUTPUT_VERSION, TOOL_NAME, TOOL_VERSION } from './version';

export interface FileResult {
  file: string;
  diagnostics: BriefDiagnostic[];
}

export function toJson(results: FileResult[]): string {
  const diagnostics = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      file: r.file,
      line: d.line + 1,
      column: d.column + 1,
      endLine: d.endLine + 1,
      endColumn: d.endColumn + 1,
      severity: d.severity,
      code: d.code,
      message: d.message,
      cited: d.cited,
      expected: d.expected,
      replacement: d.replacement,
      event: d.eventName,
      sources: d.sources.map((s) => ({ file: s.file, line: s.line + 1, quote: s.quote })),
    })),
  );
  return JSON.stringify({ version: OUTPUT_VERSION, diagnostics }, null, 2);
}

export function toText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.line + 1}:${d.column + 1}: ${d.severity} ${d.code}: ${d.message}`);
      if (d.replacement) lines.push(`    fix: replace "${d.cited}" with "${d.replacement}"`);
    }
  }
  // Notices of unsettled dates (--report-unsettled) are counted apart: they are not warnings.
  const warns = (r: FileResult) => r.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error').length;
  const n = results.reduce((a, r) => a + warns(r), 0);
  const notes = results.reduce((a, r) => a + r.diagnostics.length, 0) - n;
  const briefs = `${results.length} brief${results.length === 1 ? '' : 's'}`;
  let summary = n ? `${n} warning${n === 1 ? '' : 's'} in ${results.filter((r) => warns(r) > 0).length} of ${briefs}` : `no warnings in ${briefs}`;
  if (notes) summary += `; ${notes} date${notes === 1 ? '' : 's'} the sources do not settle`;
  lines.push(summary);
  return lines.join('\n');
}

const RULES: Record<BriefDiagnostic['code'], string> = {
  'date-conflict': 'A date in the brief disagrees with what the sources say about the same event.',
  'weekday-mismatch': 'A weekday named beside a date does not fall on that date.',
  'date-unsettled': 'The sources do not settle a date the brief cites.',
};

const LEVEL: Record<BriefDiagnostic['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: FileResult[]): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            rules: Object.entries(RULES).map(([id, text]) => ({ id, shortDescription: { text }, defaultConfiguration: { level: id === 'date-unsettled' ? 'note' : 'warning' } })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.split('\\').join('/') },
                  region: { startLine: d.line + 1, startColumn: d.column + 1, endLine: d.endLine + 1, endColumn: d.endColumn + 1 },
                },
              },
            ],
            relatedLocations: d.sources.map((s, i) => ({
              id: i + 1,
              message: { text: s.quote.slice(0, 300) },
              physicalLocation: { artifactLocation: { uri: s.path.split('\\').join('/') }, region: { startLine: s.line + 1 } },
            })),
            fixes: d.replacement
              ? [
                  {
                    description: { text: `Replace with ${d.replacement}` },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: r.file.split('\\').join('/') },
                        replacements: [{ deletedRegion: { startLine: d.line + 1, startColumn: d.column + 1, endLine: d.endLine + 1, endColumn: d.endColumn + 1 }, insertedContent: { text: d.replacement } }],
                      },
                    ],
                  },
                ]
              : undefined,
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
