/** The CLI in-process: formats, inputs, filters, --output, exit codes. The binary itself is cli.test.ts. */
import { parse } from 'csv-parse/sync';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FACT_FIELDS, factCells } from '../../src/output/fields.js';
import { ReportSchema, type Report } from '../../src/schema.js';
import { VERSION } from '../../src/cli/version.js';
import { spawnSync } from 'node:child_process';
import { BIN, ensureBuilt } from './binary.js';
import { collector, FIXTURE, runCli, tempDir } from './helpers.js';

const ANSI = /\x1b\[/;
const TEXT = readFileSync(FIXTURE);

/** The built CLI (bin/, dist/ without its types, package.json) copied into a folder anyone may read. */
function publicCopyOfCli(): string {
  ensureBuilt();
  const dir = tempDir();
  for (const part of ['bin', 'dist', 'package.json']) {
    cpSync(part, join(dir, part), { recursive: true, filter: (from) => !from.endsWith(join('dist', 'types')) });
  }
  chmodSync(dir, 0o755);
  return join(dir, BIN);
}

/** A folder with a few copies of the fixture, in nested and unsorted order. */
function folderOfReports(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  for (const name of ['b.txt', 'a.md', 'sub/c.txt', '.hidden.txt', 'notes.json']) copyFileSync(FIXTURE, join(dir, name));
  return dir;
}

async function jsonReport(path = FIXTURE): Promise<Report> {
  const { code, stdout } = await runCli([path]);
  expect(code).toBe(0);
  return ReportSchema.parse(JSON.parse(stdout));
}

describe('json', () => {
  it('prints one valid report object for one file', async () => {
    const report = await jsonReport();
    expect(report.source.path).toBe(FIXTURE);
    expect(report.departments.length).toBeGreaterThan(0);
  });

  it('prints an array for several files, in the order given', async () => {
    const { code, stdout } = await runCli(['-f', 'json', FIXTURE, 'fixtures/runin-flood-relief.txt']);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as Report[];
    expect(reports.map((r) => r.source.path)).toEqual([FIXTURE, 'fixtures/runin-flood-relief.txt']);
  });

  it('prints an array for a folder: *.txt and *.md below it, sorted, dot files skipped', async () => {
    const dir = folderOfReports();
    const { code, stdout } = await runCli([dir]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Report[]).map((r) => r.source.path)).toEqual(['a.md', 'b.txt', 'sub/c.txt'].map((n) => join(dir, n)));
  });

  it('--glob chooses the files of a folder', async () => {
    const dir = folderOfReports();
    const paths = async (glob: string) => (JSON.parse((await runCli(['--glob', glob, dir])).stdout) as Report[]).map((r) => r.source.path!.slice(dir.length + 1));
    expect(await paths('*.md')).toEqual(['a.md']);
    expect(await paths('sub/*')).toEqual(['sub/c.txt']);
    expect(await paths('**/*.txt')).toEqual(['b.txt', 'sub/c.txt']);
  });

  it('filters facts and keeps the report valid', async () => {
    const all = await jsonReport();
    const { stdout } = await runCli(['--category', 'personnel', '--department', '党政', FIXTURE]);
    const report = ReportSchema.parse(JSON.parse(stdout));
    const kept = all.facts.filter((f) => f.category === 'personnel' && f.department?.includes('党政'));
    expect(report.facts).toEqual(kept);
    expect(report.departments.reduce((n, d) => n + d.factCount, 0)).toBe(kept.length);
  });
});

describe('stdin', () => {
  it('reads stdin for "-" and for no path', async () => {
    for (const argv of [['-'], []]) {
      const { code, stdout } = await runCli(argv, { stdin: TEXT });
      expect(code).toBe(0);
      const report = ReportSchema.parse(JSON.parse(stdout));
      expect(report.source.path).toBe('-');
      expect(report.source.bytes).toBe(TEXT.length);
    }
  });

  it('complains in one line, status 2, when stdin is a terminal and no path is given', async () => {
    const { code, stdout, stderr } = await runCli([], { stdinTTY: true });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^report-extract: no input: .*\n$/);
  });

  it('--encoding decodes stdin as told', async () => {
    const { stdout } = await runCli(['--encoding', 'gb18030', '-'], { stdin: readFileSync('fixtures/numbered-poverty.gb18030.txt') });
    expect(JSON.parse(stdout).source.encoding).toBe('gb18030');
  });
});

describe('ndjson', () => {
  it('prints each fact of the report on one line with file', async () => {
    const report = await jsonReport();
    for (const format of ['ndjson', 'jsonl']) {
      const { code, stdout } = await runCli(['-f', format, FIXTURE]);
      expect(code).toBe(0);
      const lines = stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
      expect(lines).toEqual(report.facts.map((f) => ({ file: FIXTURE, ...f })));
    }
  });
});

describe('csv', () => {
  it('is UTF-8 with BOM and CRLF, and csv-parse reads back the facts of the JSON report', async () => {
    const report = await jsonReport();
    const { code, bytes, stdout } = await runCli(['-f', 'csv', FIXTURE]);
    expect(code).toBe(0);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(stdout).toMatch(/^\uFEFFfile,department,category,value,max,unit,measureWord,qualifier,per,total,subject,raw,line,confidence\r\n/);
    const [header, ...rows] = parse(stdout, { bom: true }) as string[][];
    expect(header).toEqual(DEFAULT_FACT_FIELDS);
    const expected = report.facts.map((f) => factCells(f, FIXTURE, DEFAULT_FACT_FIELDS).map((c) => (c === null ? '' : String(c))));
    expect(rows).toEqual(expected);
  });

  it('--no-bom drops the BOM; --output-encoding gb18030 encodes for older spreadsheets', async () => {
    const plain = await runCli(['-f', 'csv', '--no-bom', '--fields', 'file,department', FIXTURE, 'fixtures/runin-flood-relief.txt']);
    expect(plain.stdout.startsWith('file,department\r\n')).toBe(true);
    const gb = await runCli(['-f', 'csv', '--output-encoding', 'gb18030', '--fields', 'file,department', FIXTURE, 'fixtures/runin-flood-relief.txt']);
    expect(gb.code).toBe(0);
    expect(new TextDecoder('gb18030').decode(gb.bytes)).toBe(plain.stdout); // no BOM in GB18030
  });

  it('--output-encoding is refused for JSON, which is always UTF-8', async () => {
    const { code, stderr } = await runCli(['--output-encoding', 'gb18030', FIXTURE]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^report-extract: --output-encoding applies to csv, tsv and table; json is always UTF-8\n$/);
  });
});

describe('tsv', () => {
  it('has the same columns, tab-separated, without BOM', async () => {
    const report = await jsonReport();
    const { code, stdout } = await runCli(['-f', 'tsv', FIXTURE]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(DEFAULT_FACT_FIELDS.join('\t'));
    expect(lines).toHaveLength(report.facts.length + 2);
  });
});

describe('table', () => {
  it('lines up, without colour when stdout is not a terminal', async () => {
    const { code, stdout } = await runCli(['-f', 'table', '--fields', 'file,department,category,value,subject,raw', FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ANSI);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^│ file +│ department +│ category +│ value +│ subject +│ raw +│$/);
    expect(stdout).toMatch(/│ …[^│ ]*jining-gaoxin-2022\.txt │/);
    expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
  });

  it('is coloured on a terminal, unless NO_COLOR is set', async () => {
    expect((await runCli(['-f', 'table', FIXTURE], { stdoutTTY: true })).stdout).toMatch(ANSI);
    expect((await runCli(['-f', 'table', FIXTURE], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
});

describe('--summary', () => {
  it('prints rows in every format', async () => {
    const json = await runCli(['--summary', FIXTURE]);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<{ file: string; count: number }>;
    expect(Array.isArray(rows)).toBe(true);
    const report = await jsonReport();
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(report.facts.length);
    const csv = await runCli(['--summary', '-f', 'csv', '--no-bom', FIXTURE]);
    expect(csv.stdout.split('\r\n')[0]).toBe('file,department,category,count,sum,unit');
    const tsv = await runCli(['--summary', '-f', 'tsv', '--fields', 'department,count', FIXTURE]);
    expect(tsv.stdout.split('\n')[0]).toBe('department\tcount');
  });

  it('--fields checks against the summary columns', async () => {
    expect((await runCli(['--summary', '-f', 'csv', '--fields', 'raw', FIXTURE])).code).toBe(2);
  });
});

describe('several inputs, one bad', () => {
  it('processes the others, names each bad one on stderr and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    mkdirSync(join(dir, 'empty'));
    const args = [FIXTURE, join(dir, 'missing.txt'), join(dir, 'image.txt'), join(dir, 'empty'), 'fixtures/runin-flood-relief.txt'];
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Report[]).map((r) => r.source.path)).toEqual([FIXTURE, 'fixtures/runin-flood-relief.txt']);
    expect(stderr.split('\n').filter((l) => !l.includes('warning'))).toEqual([
      `report-extract: ${join(dir, 'missing.txt')}: no such file or folder`,
      `report-extract: ${join(dir, 'image.txt')}: binary data (NUL bytes), not a text document`,
      `report-extract: ${join(dir, 'empty')}: a folder with no files matching "*.{txt,md,pdf,docx,html,htm}"`,
      '',
    ]);
  });

  it('says permission denied for a file it may not read', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'secret.txt'), '区财政局');
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const secret = join(dir, 'secret.txt');
    // Root reads anything: then the binary runs as `nobody`, for whom the file is closed, from a copy
    // of the built CLI in a world-readable folder (the clone may sit in a private one, as root's home).
    const { code, stderr } =
      process.getuid?.() === 0
        ? (() => {
            const r = spawnSync(process.execPath, [publicCopyOfCli(), secret], { uid: 65534, gid: 65534, encoding: 'utf8' });
            if (r.error) throw r.error;
            return { code: r.status, stderr: r.stderr };
          })()
        : await runCli([secret]);
    expect(code).toBe(1);
    expect(stderr).toBe(`report-extract: ${secret}: permission denied\n`);
  });

  it('prints nothing on stdout when the only input fails', async () => {
    const { code, stdout } = await runCli(['nope.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });
});

describe('usage errors: status 2 and one line, no stack trace', () => {
  const CASES: Array<[string, string[], RegExp]> = [
    ['unknown option', ['--colour', FIXTURE], /unknown option '--colour'/],
    ['bad format', ['-f', 'xml', FIXTURE], /argument 'xml' is invalid\. Allowed choices are json, ndjson, jsonl, csv, tsv, table/],
    ['unknown field', ['-f', 'csv', '--fields', 'value,size', FIXTURE], /unknown field "size" \(valid: file, department, .*\)/],
    ['--fields with json reports', ['--fields', 'value', FIXTURE], /--fields chooses columns/],
    ['unknown category', ['--category', 'people', FIXTURE], /unknown category "people" \(valid: personnel, funds, /],
    ['confidence out of range', ['--min-confidence', '1.5', FIXTURE], /must be a number from 0 to 1/],
    ['confidence not a number', ['--min-confidence', 'high', FIXTURE], /must be a number from 0 to 1/],
    ['bad input encoding', ['--encoding', 'latin1', FIXTURE], /argument 'latin1' is invalid/],
  ];
  it.each(CASES)('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^report-extract: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  });
});

describe('--output', () => {
  it('writes the file, not stdout, and leaves no temporary file', async () => {
    const dir = tempDir();
    const out = join(dir, 'facts.csv');
    const { code, stdout } = await runCli(['-f', 'csv', '-o', out, FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out)).toEqual((await runCli(['-f', 'csv', FIXTURE])).bytes);
    expect(readdirSync(dir)).toEqual(['facts.csv']);
  });

  it('replaces an existing file', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.json');
    writeFileSync(out, 'old');
    expect((await runCli(['--output', out, FIXTURE])).code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).source.path).toBe(FIXTURE);
  });

  it('refuses to overwrite one of its inputs (status 2), even through another path', async () => {
    const dir = folderOfReports();
    const before = readFileSync(join(dir, 'b.txt'));
    for (const out of [join(dir, 'b.txt'), join(dir, 'sub', '..', 'b.txt')]) {
      const { code, stderr } = await runCli(['-o', out, dir]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/is one of the inputs .*refusing to overwrite it\n$/);
    }
    expect(readFileSync(join(dir, 'b.txt'))).toEqual(before);
  });

  it('leaves an existing file alone when every input fails', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.json');
    writeFileSync(out, 'old');
    expect((await runCli(['-o', out, join(dir, 'missing.txt')])).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  it('is a usage error when the folder does not exist', async () => {
    const { code, stderr } = await runCli(['-o', '/nonexistent-dir/x.json', FIXTURE]);
    expect(code).toBe(2);
    expect(stderr).toBe('report-extract: cannot write --output /nonexistent-dir/x.json: no such file or folder\n');
  });
});

describe('streaming', () => {
  it.each(['csv', 'json', 'ndjson'])('%s: the first input is written before the last one is read', async (format) => {
    // ndjson writes nothing for a report without facts: it can only show streaming once facts are found
    if (format === 'ndjson' && (await jsonReport()).facts.length === 0) return;
    const stdin = new PassThrough();
    const stdout = collector();
    const done = runCli(['-f', format, FIXTURE, '-'], { stdin, stdout });
    await vi.waitFor(() => expect(stdout.chunks.length).toBeGreaterThan(0));
    expect(stdin.writableEnded).toBe(false); // the second input is still open
    stdin.end(TEXT);
    expect((await done).code).toBe(0);
  });
});

describe('a closed pipe', () => {
  it('stops quietly with status 0 when the reader goes away', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    stdout.on('error', () => undefined);
    const { code, stderr } = await runCli([FIXTURE, FIXTURE, FIXTURE, 'missing.txt'], { stdout });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(writes).toBe(1);
  });
});

describe('stderr: warnings, progress, debug', () => {
  const GUESSED = 'fixtures/numbered-poverty.gb18030.txt';

  it('prints each report warning as one line, unless --quiet', async () => {
    const { code, stderr } = await runCli([GUESSED]);
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`^report-extract: ${GUESSED}: warning ENCODING_GUESSED: [^\\n]+\\n$`));
    expect((await runCli(['-q', GUESSED])).stderr).toBe('');
  });

  it('shows progress for a batch, only on a terminal, not under CI, not with --quiet', async () => {
    const five = [FIXTURE, FIXTURE, FIXTURE, FIXTURE, FIXTURE];
    const shown = await runCli(five, { stderrTTY: true });
    expect(shown.stderr).toContain('[1/5] fixtures/jining-gaoxin-2022.txt');
    expect(shown.stderr).toContain('[5/5]');
    expect(shown.stderr.endsWith('\r\x1b[K')).toBe(true); // cleared at the end
    expect((await runCli(five, { stderrTTY: false })).stderr).toBe('');
    expect((await runCli(five, { stderrTTY: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await runCli(['-q', ...five], { stderrTTY: true })).stderr).toBe('');
    expect((await runCli(five.slice(0, 3), { stderrTTY: true })).stderr).toBe('');
  });

  it('--debug says how the headings were chosen, then prints each dropped candidate on one line', async () => {
    const { code, stderr } = await runCli(['--debug', FIXTURE]);
    expect(code).toBe(0);
    const lines = stderr.split('\n').slice(0, -1);
    expect(lines[0]).toMatch(/^report-extract: fixtures\/jining-gaoxin-2022\.txt: headings: chose the bare series of 23: 区党政办公室, 区纪工委监工委, .*, 济宁高新人才发展集团$/);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^report-extract: fixtures\/jining-gaoxin-2022\.txt: dropped "[^"]+" at \d+-\d+ by \S+: .+$/);
    }
    expect((await runCli([FIXTURE])).stderr).toBe('');
  });

  it('--debug adds the stack trace of a failed input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
    const { code, stderr } = await runCli(['--debug', join(dir, 'bin.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/binary data/);
    expect(stderr).toMatch(/ReportError: binary data[^\n]*\n\s+at /);
  });
});

describe('--help, --version, --schema', () => {
  it('--help shows every option with its default, examples and the exit status', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const option of ['--format', '--fields', '--summary', '--category', '--department', '--min-confidence', '--output', '--no-bom', '--output-encoding', '--encoding', '--glob', '--quiet', '--debug', '--schema', '--version', 'validate']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/default:\s+"json"/);
    expect(stdout).toMatch(/default:\s+"\*\.\{txt,md,pdf,docx,html,htm\}"/);
    expect(stdout).toMatch(/Examples:\n[\s\S]*\| jq [\s\S]*-f csv -o facts.csv/);
    expect(stdout).toMatch(/Exit status:\n\s+0 .*\n\s+1 .*\n\s+2 .*/);
  });

  it('--version prints the version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${VERSION}\n`);
  });

  it('--schema prints the JSON Schema', async () => {
    const { code, stdout } = await runCli(['--schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).properties.facts.type).toBe('array');
  });
});

describe('validate', () => {
  it('accepts what the CLI wrote, an object or an array', async () => {
    const dir = tempDir();
    await runCli(['-o', join(dir, 'one.json'), FIXTURE]);
    await runCli(['-o', join(dir, 'two.json'), FIXTURE, FIXTURE]);
    const { code, stdout } = await runCli(['validate', join(dir, 'one.json'), join(dir, 'two.json')]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(dir, 'one.json')}: valid (1 report)\n${join(dir, 'two.json')}: valid (2 reports)\n`);
  });

  it('prints each problem with its JSON path and exits 1', async () => {
    const dir = tempDir();
    const report = await jsonReport();
    const bad = { ...report, facts: [{ ...(report.facts[0] ?? {}), category: 'people' }] };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([report, bad]));
    const { code, stdout } = await runCli(['validate', join(dir, 'bad.json')]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(dir, 'bad.json')}: [1].facts[0].category: Invalid option: expected one of "personnel"|`);
  });

  it('says which file is not JSON, and reads stdin for "-"', async () => {
    const { code, stderr } = await runCli(['validate', '-'], { stdin: '{"schemaVersion": ' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^report-extract: -: not JSON: /);
    expect(existsSync('-')).toBe(false);
  });
});
