import type { DiaryStore } from './store.ts';

/** The store's methods that read or write one owner's rows. */
type OwnedMethod =
  | 'addEpisode'
  | 'getEpisode'
  | 'updateEpisode'
  | 'deleteEpisode'
  | 'listEpisodes'
  | 'addExposure'
  | 'getExposure'
  | 'updateExposure'
  | 'deleteExposure'
  | 'listExposures'
  | 'saveAssessment'
  | 'listAssessments'
  | 'deleteAssessment'
  | 'saveBctq'
  | 'listBctq'
  | 'deleteBctq'
  | 'readDiary'
  | 'counts'
  | 'export'
  | 'import'
  | 'deleteAll';

type WithoutOwner<F> = F extends (owner: string, ...rest: infer A) => infer R ? (...rest: A) => R : never;

/**
 * One person's diary: the store with the owner fixed. The server hands the routes this, never the store, so no route
 * can name another person's rows: every query it makes is scoped to the person who signed in.
 */
export type OwnerDiary = { readonly [K in OwnedMethod]: WithoutOwner<DiaryStore[K]> } & {
  readonly owner: string;
  readonly kind: DiaryStore['kind'];
  readonly location: string;
};

export function ownerDiary(store: DiaryStore, owner: string): OwnerDiary {
  return {
    owner,
    kind: store.kind,
    location: store.location,
    addEpisode: (episode) => store.addEpisode(owner, episode),
    getEpisode: (id) => store.getEpisode(owner, id),
    updateEpisode: (episode) => store.updateEpisode(owner, episode),
    deleteEpisode: (id) => store.deleteEpisode(owner, id),
    listEpisodes: (range) => store.listEpisodes(owner, range),
    addExposure: (exposure) => store.addExposure(owner, exposure),
    getExposure: (id) => store.getExposure(owner, id),
    updateExposure: (exposure) => store.updateExposure(owner, exposure),
    deleteExposure: (id) => store.deleteExposure(owner, id),
    listExposures: (range) => store.listExposures(owner, range),
    saveAssessment: (record) => store.saveAssessment(owner, record),
    listAssessments: (range) => store.listAssessments(owner, range),
    deleteAssessment: (id) => store.deleteAssessment(owner, id),
    saveBctq: (record) => store.saveBctq(owner, record),
    listBctq: (range) => store.listBctq(owner, range),
    deleteBctq: (id) => store.deleteBctq(owner, id),
    readDiary: (range) => store.readDiary(owner, range),
    counts: () => store.counts(owner),
    export: () => store.export(owner),
    import: (document) => store.import(owner, document),
    deleteAll: () => store.deleteAll(owner),
  };
}
