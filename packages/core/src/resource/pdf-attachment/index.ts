export { downloadPdfAttachment, isPdf } from './pdf-attachment.js'
