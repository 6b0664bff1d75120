/** The built binary, spawned a handful of times: what in-process tests cannot show (bin shim, real pipes, exit codes). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/schema.js';
import { BIN, ensureBuilt } from './binary.js';
import { FIXTURE } from './helpers.js';

function cli(args: string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), bytes: result.stdout };
}

describe('the report-extract binary', () => {
  beforeAll(ensureBuilt);

  it('prints the JSON report of a file', () => {
    const { code, stdout, stderr } = cli([FIXTURE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(ReportSchema.parse(JSON.parse(stdout)).source.path).toBe(FIXTURE);
  });

  it('reads stdin', () => {
    const { code, stdout } = cli([], readFileSync(FIXTURE));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.path).toBe('-');
  });

  it.each([
    ['ndjson', /^(\{"file":"fixtures\/jining-gaoxin-2022\.txt",[^\n]*\}\n)*$/],
    ['csv', /^\uFEFFfile,department,category,value,max,unit,measureWord,qualifier,per,total,subject,raw,line,confidence\r\n/],
    ['tsv', /^file\tdepartment\tcategory\tvalue\t/],
    ['table', /^┌─+┬[─┬]+┐\n│ file +│ department +│/],
  ])('prints %s', (format, expected) => {
    const { code, stdout } = cli(['-f', format, FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(expected);
  });

  it('exits 1 when an input fails, 2 on a usage error, one stderr line each', () => {
    const failed = cli([FIXTURE, 'no-such.txt']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('report-extract: no-such.txt: no such file or folder\n');
    const usage = cli(['-f', 'xml', FIXTURE]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('ends quietly with 0 when the reader closes the pipe', () => {
    // 40 reports are megabytes: far more than a pipe holds, so the writer meets EPIPE
    const many = Array<string>(40).fill(FIXTURE).join(' ');
    const { stdout, stderr } = spawnSync('bash', ['-c', `node ${BIN} -f json ${many} | head -1; echo "status \${PIPESTATUS[0]}"`]);
    expect(stdout.toString()).toBe('[\nstatus 0\n');
    expect(stderr.toString()).toBe('');
  });
});
