// Google Docs and Drive for the documents feature: render the model, folders, template copies, placeholders, file info.
export { renderToGoogleDoc, type RenderOptions, type RenderResult } from './render';
export {
  ensureFolder,
  createDocInFolder,
  copyTemplate,
  fileInfo,
  DEFAULT_FOLDER_NAME,
  type FileInfo,
} from './drive-files';
export { fillTemplate, escapeRe2, placeholderPattern, type FillReport } from './fill-template';
export { driveOf, documentAppOf, DOC_MIME, FOLDER_MIME, type DriveV3, type DriveFileResource } from './services';
