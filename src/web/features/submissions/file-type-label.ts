/** Office and other common document types, named as people know them. */
const NAMED: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.ms-excel': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.ms-powerpoint': 'PowerPoint presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'application/rtf': 'Rich text document',
  'text/plain': 'Text file',
  'text/csv': 'CSV file',
  'application/zip': 'ZIP archive',
};

const MEDIA = new Set(['image', 'video', 'audio']);
const SUBTYPE: Record<string, string> = { quicktime: 'MOV', 'svg+xml': 'SVG', mpeg: 'MPEG', 'x-m4a': 'M4A' };

/** "Word document", "PNG image", "MP4 video"; else the file's extension ("KEY file"), else "File". */
export function fileTypeLabel(contentType: string, fileName: string): string {
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const named = NAMED[type];
  if (named) return named;
  const [kind = '', sub = ''] = type.split('/');
  if (MEDIA.has(kind) && sub)
    return `${SUBTYPE[sub] ?? sub.replace(/^x-/, '').replace(/\+.*$/, '').toUpperCase()} ${kind}`;
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1];
  return extension ? `${extension.toUpperCase()} file` : 'File';
}
