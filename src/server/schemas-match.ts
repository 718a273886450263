/**
 * Compile-time guard for the types of the store and the server that the API's schemas (src/api) describe: each
 * schema's type and the type it describes must be assignable both ways. The schemas' guards against the domain types
 * sit beside them in src/api; these are here because src/api may not import the store or the server.
 */
import type { Static } from 'typebox';
import type {
  AccessTokenSchema,
  AccountSchema,
  Alike,
  AssessmentListSchema,
  BctqListSchema,
  CountsSchema,
  EpisodeListSchema,
  ExposureListSchema,
  ImportResultSchema,
  Same,
} from '../api/index.ts';
import type { AssessmentPage, BctqPage, EpisodePage, ExposurePage } from '../diary-service/index.ts';
import type { AccessToken, Account, EntryCounts, ImportResult } from '../store/index.ts';

export const STORE_SCHEMAS_MATCH_TYPES: [
  Same<Static<typeof AccountSchema>, Account>,
  Same<Static<typeof AccessTokenSchema>, AccessToken>,
  Alike<Static<typeof ImportResultSchema>, ImportResult>,
  Alike<Static<typeof CountsSchema>, EntryCounts>,
  Alike<Static<typeof EpisodeListSchema>, EpisodePage>,
  Alike<Static<typeof ExposureListSchema>, ExposurePage>,
  Alike<Static<typeof AssessmentListSchema>, AssessmentPage>,
  Alike<Static<typeof BctqListSchema>, BctqPage>,
] = [true, true, true, true, true, true, true, true];
