// trade-brief: the command line over the same engine the editor uses.
//   trade-brief check BRIEF... --corpus DIR [--format text|json|sarif]   exit 0 clean, 1 warnings, 2 bad usage/input
//   trade-brief index --corpus DIR [--format json|yaml]
//   trade-brief dates FILE [--reference-date YYYY-MM-DD] [--format json|text]
import * as fs from 'fs';
import * as path from 'path';
import { decodeText } from '../core/corpus/decode';
import { extractDates } from '../core/dates/extract';
import { flag, oneOf, parseArgs, UsageError, type Args } from './args';
import { toJson, toSarif, toText, type FileResult } from './checkReport';
import { formatIndex } from './indexCommand';
import { openCorpus } from './openCorpus';

const USAGE = `usage:
  trade-brief check BRIEF... --corpus DIR [--corpus DIR2] [--knowledge FILE] [--format text|json|sarif] [--report-unsettled]
  trade-brief index --corpus DIR [--knowledge FILE] [--format json|yaml]
  trade-brief dates FILE [--reference-date YYYY-MM-DD] [--format json|text]`;

function corpusDirs(argv: string[]): string[] {
  const dirs: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--corpus' && argv[i + 1]) dirs.push(argv[i + 1]);
    else if (a.startsWith('--corpus=')) dirs.push(a.slice('--corpus='.length));
  });
  if (!dirs.length) throw new UsageError('--corpus DIR is required');
  return dirs;
}

function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${file} ${decoded.reason}`);
  return decoded.text;
}

async function check(args: Args, argv: string[]): Promise<number> {
  if (!args.positional.length) throw new UsageError('check needs at least one brief');
  const format = oneOf(flag(args, 'format'), ['text', 'json', 'sarif'] as const, 'text', 'format');
  const texts = args.positional.map((f) => ({ file: f, text: readTextFile(f) }));
  const engine = await openCorpus(corpusDirs(argv), flag(args, 'knowledge'));
  const results: FileResult[] = texts.map(({ file, text }) => ({ file, diagnostics: engine.check(text, { reportUnsettled: args.flags.has('report-unsettled') }) }));
  const out = format === 'json' ? toJson(results) : format === 'sarif' ? toSarif(results) : toText(results);
  process.stdout.write(out + '\n');
  return results.some((r) => r.diagnostics.some((d) => d.code !== 'date-unsettled')) ? 1 : 0;
}

async function index(args: Args, argv: string[]): Promise<number> {
  const format = oneOf(flag(args, 'format'), ['json', 'yaml'] as const, 'json', 'format');
  const engine = await openCorpus(corpusDirs(argv), flag(args, 'knowledge'));
  const snapshot = engine.snapshot();
  process.stdout.write(formatIndex(snapshot, format) + '\n');
  return snapshot.documents.length || !snapshot.problems.length ? 0 : 2;
}

function dates(args: Args): number {
  const file = args.positional[0];
  if (!file) throw new UsageError('dates needs a file');
  const ref = flag(args, 'reference-date');
  if (ref !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(ref)) throw new UsageError('--reference-date must be YYYY-MM-DD');
  const format = oneOf(flag(args, 'format'), ['json', 'text'] as const, 'json', 'format');
  const text = readTextFile(file);
  const found = extractDates(text, { referenceDate: ref ?? null });
  if (format === 'text') {
    for (const m of found) process.stdout.write(`${m.start}\t${m.end}\t${m.type}\t${m.value}${m.mod ? `\t${m.mod}` : ''}\t${m.text}\n`);
  } else {
    const rows = found.map((m) => ({ start: m.start, end: m.end, text: m.text, value: m.value, type: m.type, mod: m.mod }));
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv, new Set(['report-unsettled', 'help']));
    if (!args.command || args.command === 'help' || args.flags.has('help')) {
      process.stdout.write(USAGE + '\n');
      return args.command ? 0 : 2;
    }
    if (args.command === 'check') return await check(args, argv);
    if (args.command === 'index') return await index(args, argv);
    if (args.command === 'dates') return dates(args);
    throw new UsageError(`unknown command "${args.command}"`);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`trade-brief: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`trade-brief: ${(err as Error).stack ?? err}\n`);
    return 2;
  }
}

if (require.main === module || path.basename(process.argv[1] ?? '') === 'cli.js') {
  // A reader that stops early (`| head`) closes the pipe: that is the end of the output, not a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  // Not process.exit(): into a pipe, stdout is written asynchronously, and exiting at once cut
  // `index --format json | jq` off at 128 KB. The process ends when the output is out.
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
