// The matching domain's public surface (pure; no Apps Script).
export * from './weights';
export * from './context';
export { scorePair, summaryRu, type PairScore, type Criterion } from './score';
export * from './suggest';
export * from './assignment';
export * from './groups';
export * from './bank-analysis';
export * from './unpaired';
export * from './pair-id';
export * from './pair-content';
export { shortCompetence, subjectField, qualificationRank } from './labels';
