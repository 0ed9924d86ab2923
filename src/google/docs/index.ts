// Google Docs and Drive for the documents feature: render the model, folders, template copies, placeholders, file info.
export { renderToGoogleDoc, textWidthOf, BlockDrawer, type RenderOptions, type RenderResult } from './render';
export {
  ensureFolder,
  knownFolder,
  createDocInFolder,
  copyTemplate,
  fileInfo,
  listFiles,
  driveQueryString,
  docUrl,
  DEFAULT_FOLDER_NAME,
  type FileInfo,
  type ListedFile,
} from './drive-files';
export { fillTemplate, escapeRe2, placeholderPattern, type FillReport } from './fill-template';
export {
  templateText,
  copyTemplateInto,
  fillFromTemplate,
  flexiblePlaceholderPattern,
  type FillData,
  type TemplateFillResult,
} from './template-docs';
export { driveOf, documentAppOf, DOC_MIME, FOLDER_MIME, type DriveV3, type DriveFileResource } from './services';
