import type { Article } from '../../../core/article/article';
import { articleStatuses } from '../../../core/article/status';
import { textDirection } from '../../../core/language/text-direction';
import type { ArticleDraft } from '../hooks/use-article-draft';
import { useFieldSpelling } from '../hooks/use-field-spelling';
import { KeywordsField } from './KeywordsField';
import { LanguagePicker } from './LanguagePicker';
import { PublicationTimeInput } from './PublicationTimeInput';

interface ArticleFieldsProps {
  /** Prefix of the fields' element ids (unique in the page). */
  idPrefix: string;
  draft: ArticleDraft;
  readOnly: boolean;
  /** A new article: the cursor starts in the headline. */
  fresh: boolean;
  onChange(patch: Partial<ArticleDraft>): void;
}

const statusLabels: Record<Article['status'], string> = { draft: 'Draft', ready: 'Ready' };

/** The article's fields above the body: kicker, headline, standfirst, byline, dateline, time, status, language, keywords. */
export function ArticleFields({
  idPrefix: ids,
  draft,
  readOnly,
  fresh,
  onChange,
}: ArticleFieldsProps) {
  const { language } = draft;
  // The article's text fields are written in its language and direction; the rest is the UI's.
  const text = { lang: language, dir: textDirection(language) };
  useFieldSpelling(`${ids}-headline`, draft.headline, language);
  useFieldSpelling(`${ids}-standfirst`, draft.standfirst, language);
  const field = (
    name: 'kicker' | 'byline' | 'dateline',
    label: string,
    max: number,
    placeholder?: string,
  ) => (
    <div className={`field field-${name}`}>
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      <input
        id={`${ids}-${name}`}
        type="text"
        {...text}
        value={draft[name]}
        maxLength={max}
        placeholder={placeholder}
        readOnly={readOnly}
        onChange={(event) => onChange({ [name]: event.target.value })}
      />
    </div>
  );

  return (
    <>
      {field('kicker', 'Kicker', 500, 'Section or topic')}
      <div className="field field-headline">
        <label htmlFor={`${ids}-headline`}>Headline</label>
        <textarea
          id={`${ids}-headline`}
          {...text}
          autoFocus={fresh}
          rows={1}
          value={draft.headline}
          maxLength={1000}
          readOnly={readOnly}
          placeholder="Write a headline"
          onKeyDown={(event) => {
            // A headline is one line; Enter moves on to the standfirst.
            if (event.key === 'Enter') {
              event.preventDefault();
              document.getElementById(`${ids}-standfirst`)?.focus();
            }
          }}
          onChange={(event) => onChange({ headline: event.target.value.replace(/\n/g, ' ') })}
        />
      </div>
      <div className="field field-standfirst">
        <label htmlFor={`${ids}-standfirst`}>Standfirst</label>
        <textarea
          id={`${ids}-standfirst`}
          {...text}
          rows={2}
          value={draft.standfirst}
          maxLength={5000}
          readOnly={readOnly}
          placeholder="One or two sentences that tell the reader why this matters"
          onChange={(event) => onChange({ standfirst: event.target.value })}
        />
      </div>
      <div className="meta-grid">
        {field('byline', 'Byline', 500)}
        {field('dateline', 'Dateline', 500, 'Place')}
        <div className="field field-published">
          <label htmlFor={`${ids}-published`}>Publication time</label>
          <PublicationTimeInput
            id={`${ids}-published`}
            value={draft.published}
            readOnly={readOnly}
            onChange={(published) => onChange({ published })}
          />
        </div>
        <div className="field field-status">
          <label htmlFor={`${ids}-status`}>Status</label>
          <select
            id={`${ids}-status`}
            value={draft.status}
            disabled={readOnly}
            onChange={(event) => onChange({ status: event.target.value as Article['status'] })}
          >
            {articleStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-language">
          <label htmlFor={`${ids}-language`}>Language</label>
          <LanguagePicker
            id={`${ids}-language`}
            value={language}
            readOnly={readOnly}
            onChange={(tag) => onChange({ language: tag })}
          />
        </div>
      </div>
      <KeywordsField
        id={`${ids}-keywords`}
        value={draft.keywords}
        readOnly={readOnly}
        {...text}
        onChange={(keywords) => onChange({ keywords })}
      />
    </>
  );
}
