import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { cliEnv, type Run, runCli } from '../cli/testkit.ts';
import { toDocument } from '../diary/index.ts';
import { useTempDir } from '../suite-testkit.ts';
import { fullDiary } from './fhir-testkit.ts';
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

describe('numbcheck diary export --format fhir and import of its Bundle (the real CLI)', () => {
  const root = useTempDir('numbcheck-fhir-cli-');

  it('writes the diary as a valid FHIR R4 Bundle that imports into an empty diary as the same diary', async () => {
    const diary = fullDiary();
    const file = join(root(), 'diary.json');
    await writeFile(file, JSON.stringify(toDocument(diary)));
    const data = join(root(), 'data');
    ok(await numbcheck(['diary', 'import', file, '--data', data]));
    const before = ok(await numbcheck(['diary', 'export', '--data', data])).stdout;

    const printed = resourcesOf(
      ok(await numbcheck(['diary', 'export', '--data', data, '--format', 'fhir'])).stdout,
    );
    const counts =
      diary.episodes.length + diary.exposures.length + diary.bctq.length + diary.assessments.length;
    assert.equal(printed.length, 2 + counts);
    assert.equal(printed[0]?.resourceType, 'Composition');
    for (const resource of printed)
      assert.deepEqual(fhirErrors(resource), [], `${resource.resourceType}/${resource.id}`);

    const out = join(root(), 'diary.fhir.json');
    const saved = ok(await numbcheck(['diary', 'export', '--data', data, '--format', 'fhir', '--out', out]));
    assert.match(saved.stdout, /^Exported \d+ episodes, .* to .*diary\.fhir\.json\.\n$/);
    // The report is dated when it is made: the two exports differ there alone.
    const undated = (resources: Resource[]) =>
      resources.map((r) => (r.resourceType === 'Composition' ? { ...r, date: '' } : r));
    assert.deepEqual(undated(resourcesOf(await readFile(out, 'utf8'))), undated(printed));

    const empty = join(root(), 'empty');
    const imported = ok(await numbcheck(['diary', 'import', out, '--data', empty])).stdout;
    assert.match(
      imported,
      new RegExp(`: ${diary.episodes.length} episodes, ${diary.exposures.length} periods, 2 assessments`),
    );
    assert.equal(ok(await numbcheck(['diary', 'export', '--data', empty])).stdout, before);
  });

  it('refuses a damaged Bundle with the file, the line and the field, and imports nothing', async () => {
    const data = join(root(), 'data');
    const out = join(root(), 'broken.fhir.json');
    const file = join(root(), 'diary.json');
    await writeFile(file, JSON.stringify(toDocument(fullDiary())));
    ok(await numbcheck(['diary', 'import', file, '--data', data]));
    const bundle: Bundle = JSON.parse(
      ok(await numbcheck(['diary', 'export', '--data', data, '--format', 'fhir'])).stdout,
    );
    const entry = bundle.entry?.findIndex((e) => e.resource?.id === 'exposure-1') ?? -1;
    const exposure = bundle.entry?.[entry]?.resource as Observation;
    exposure.valueCodeableConcept = { coding: [{ system: 'http://snomed.info/sct', code: '1' }] };
    await writeFile(out, JSON.stringify(bundle, null, 2));
    const empty = join(root(), 'still-empty');
    const run = await numbcheck(['diary', 'import', out, '--data', empty]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /broken\.fhir\.json line \d+: /);
    assert.match(
      run.stderr,
      new RegExp(
        `"entry\\.${entry}\\.resource\\.valueCodeableConcept\\.coding" expects a coding of system https://numbcheck\\.example/fhir/CodeSystem/exposure-kind`,
      ),
    );
    assert.match(ok(await numbcheck(['diary', 'export', '--data', empty])).stdout, /"episodes": \[\]/);
  });

  it('names the formats it knows when given another', async () => {
    const run = await numbcheck(['diary', 'export', '--data', join(root(), 'none'), '--format', 'hl7']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /"--format" expects json, csv or fhir, got "hl7"/);
  });
});
