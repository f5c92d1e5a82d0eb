/** Every kind of file `importFile` recognises, by content. */
export const importFormats = ['native', 'ninjs', 'nitf', 'newsml', 'docx', 'html', 'text'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** How each format is named in messages and reports. */
export const importFormatNames: Record<ImportFormat, string> = {
  native: 'Newsroom JSON',
  ninjs: 'ninjs',
  nitf: 'NITF',
  newsml: 'NewsML-G2',
  docx: 'Word (.docx)',
  html: 'HTML',
  text: 'plain text',
};
