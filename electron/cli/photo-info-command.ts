import type { PhotoInfo } from '../../core/photo/photo-info';
import { readPhotoInfo } from '../photos/attach-photo';
import { UsageError, parseCommandArgs, type Command } from './command';

const labels: [keyof PhotoInfo, string][] = [
  ['format', 'Format'],
  ['width', 'Width'],
  ['height', 'Height'],
  ['headline', 'Headline'],
  ['caption', 'Caption'],
  ['credit', 'Credit'],
  ['creator', 'Photographer'],
  ['copyright', 'Copyright'],
  ['altText', 'Alt text'],
];

/** `newsroom photo-info`: the caption, credit and size embedded in an image file. */
export const photoInfoCommand: Command = {
  name: 'photo-info',
  usage: 'newsroom photo-info IMAGE [--json]',
  summary:
    'Print the caption, credit, photographer, copyright, alt text, headline, size and format embedded in an image.',
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('exactly one IMAGE is required');
    const info = await readPhotoInfo(positionals[0]!);
    if (values.json) {
      const { caption, credit, creator, copyright, altText, headline, width, height, format } =
        info;
      out(
        JSON.stringify(
          { caption, credit, creator, copyright, altText, headline, width, height, format },
          null,
          2,
        ),
      );
      return;
    }
    const width = Math.max(...labels.map(([, label]) => label.length));
    for (const [key, label] of labels) {
      const value = String(info[key]);
      out(`${label.padEnd(width)}  ${value === '' ? '—' : value.replace(/\s*\n\s*/g, ' ')}`);
    }
  },
};
