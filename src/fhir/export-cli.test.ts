import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { cliEnv, type Run, runCli } from '../cli/testkit.ts';
import { sampleDiary, toDocument } from '../diary/index.ts';
import { useTempDir } from '../suite-testkit.ts';
import { fhirErrors } from './validation-testkit.ts';

function numbcheck(args: string[]): Promise<Run> {
  return runCli(args, { env: cliEnv({ NUMBCHECK_DEBUG: '' }, ['DATABASE_URL', 'NUMBCHECK_DATA_DIR']) });
}

function ok(run: Run): Run {
  assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr}`);
  return run;
}

function resourcesOf(text: string): Resource[] {
  const bundle: Bundle = JSON.parse(text);
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(bundle.type, 'collection');
  return (bundle.entry ?? []).flatMap(({ resource }) => (resource ? [resource] : []));
}

describe('numbcheck diary export --format fhir (the real CLI)', () => {
  const root = useTempDir('numbcheck-fhir-cli-');

  it('writes the imported diary as a valid FHIR R4 Bundle, to standard output or a file', async () => {
    const diary = sampleDiary({ days: 14, end: '2026-11-30T12:00:00.000Z' });
    const file = join(root(), 'diary.json');
    await writeFile(file, JSON.stringify(toDocument(diary)));
    const data = join(root(), 'data');
    ok(await numbcheck(['diary', 'import', file, '--data', data]));

    const printed = resourcesOf(
      ok(await numbcheck(['diary', 'export', '--data', data, '--format', 'fhir'])).stdout,
    );
    assert.equal(printed.length, 1 + diary.episodes.length);
    assert.deepEqual(printed[0], { resourceType: 'Patient', id: 'numbcheck-person' });
    for (const resource of printed)
      assert.deepEqual(fhirErrors(resource), [], `${resource.resourceType}/${resource.id}`);

    const out = join(root(), 'diary.fhir.json');
    const saved = ok(await numbcheck(['diary', 'export', '--data', data, '--format', 'fhir', '--out', out]));
    assert.match(saved.stdout, /^Exported \d+ episodes, .* to .*diary\.fhir\.json\.\n$/);
    assert.deepEqual(resourcesOf(await readFile(out, 'utf8')), printed);
  });

  it('names the formats it knows when given another', async () => {
    const run = await numbcheck(['diary', 'export', '--data', join(root(), 'none'), '--format', 'hl7']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /"--format" expects json, csv or fhir, got "hl7"/);
  });
});
