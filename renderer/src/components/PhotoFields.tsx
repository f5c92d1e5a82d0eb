import { useId } from 'react';
import type { Photo } from '../../../core/article/photo';
import { photoTextFields, type PhotoTextField } from '../../../core/article/photo-fields';
import { findCreditInCaption } from '../../../core/photo/caption-credit';
import { FALLBACK_LANGUAGE } from '../../../core/language/language-tag';
import { textDirection } from '../../../core/language/text-direction';
import { editPhotoField } from '../core/photo-merge';
import { useFieldSpelling } from '../hooks/use-field-spelling';

const fieldLabels: Record<PhotoTextField, string> = {
  caption: 'Caption',
  credit: 'Credit',
  photographer: 'Photographer',
  copyright: 'Copyright',
  altText: 'Alt text',
};

const maxLengths: Record<PhotoTextField, number> = {
  caption: 10_000,
  credit: 1_000,
  photographer: 1_000,
  copyright: 1_000,
  altText: 2_000,
};

const hints: Partial<Record<PhotoTextField, string>> = {
  credit: 'Agency or staff, e.g. “AFP/Kiril Kudryatsev”',
  altText: 'What the photo shows, for readers who cannot see it',
};

interface PhotoFieldsProps {
  photo: Photo;
  readOnly?: boolean;
  /** Suggestions for the Credit field (the desk's recent credits). */
  credits: string[];
  /** The language spelling checks the caption in (the article's). */
  language?: string;
  onChange(photo: Photo): void;
}

/** Caption, credit, photographer, copyright and alt text of one photo, marking values read from the file. */
export function PhotoFields({
  photo,
  readOnly = false,
  credits,
  language = FALLBACK_LANGUAGE,
  onChange,
}: PhotoFieldsProps) {
  const baseId = useId();
  useFieldSpelling(`${baseId}-caption`, photo.caption, language);
  const creditsId = `${baseId}-credits`;
  const split = readOnly ? null : findCreditInCaption(photo.caption);
  return (
    <div className="photo-fields">
      {photoTextFields.map((field) => {
        const id = `${baseId}-${field}`;
        const hintId = hints[field] ? `${id}-hint` : undefined;
        const prose = field === 'caption' || field === 'altText';
        const common = {
          id,
          lang: language,
          // Names and credits are often in another script than the caption: each finds its own.
          dir: prose ? textDirection(language) : 'auto',
          value: photo[field],
          readOnly,
          maxLength: maxLengths[field],
          'aria-describedby': hintId,
          onChange: (event: { target: { value: string } }) =>
            onChange(editPhotoField(photo, field, event.target.value)),
        };
        return (
          <div className="field" key={field}>
            <label htmlFor={id}>
              {fieldLabels[field]}
              {photo.fromFile.includes(field) && (
                <span className="from-file" title="Read from the metadata embedded in the photo">
                  from file
                </span>
              )}
            </label>
            {prose ? (
              <textarea rows={field === 'caption' ? 4 : 2} {...common} />
            ) : (
              <input type="text" list={field === 'credit' ? creditsId : undefined} {...common} />
            )}
            {hintId && (
              <p className="hint" id={hintId}>
                {hints[field]}
              </p>
            )}
            {field === 'caption' && split && (
              <p className="suggestion">
                <span>
                  The caption ends with a credit: <q>{split.credit}</q>
                </span>
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    onChange({
                      ...photo,
                      caption: split.caption,
                      credit: split.credit,
                      fromFile: photo.fromFile.filter((f) => f !== 'caption' && f !== 'credit'),
                    })
                  }
                >
                  Move to Credit
                </button>
              </p>
            )}
          </div>
        );
      })}
      <datalist id={creditsId}>
        {credits.map((credit) => (
          <option key={credit} value={credit} />
        ))}
      </datalist>
    </div>
  );
}
