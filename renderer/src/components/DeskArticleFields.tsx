import type * as Y from 'yjs';
import { articleStatuses, type ArticleStatus } from '../../../core/article/status';
import { deskMeta, deskText, type DeskTextField } from '../../../core/desk/desk-layout';
import { textDirection, type TextDirection } from '../../../core/language/text-direction';
import { useTextBinding } from '../hooks/use-text-binding';
import { useYValue } from '../hooks/use-y-value';
import { KeywordsField } from './KeywordsField';
import { LanguagePicker } from './LanguagePicker';
import { PublicationTimeInput } from './PublicationTimeInput';

interface DeskArticleFieldsProps {
  idPrefix: string;
  doc: Y.Doc;
  /** The article's language (BCP 47), from the document's meta map. */
  language: string;
  /** Text is locked (the photo role, or a read-only window). */
  textReadOnly: boolean;
  fresh: boolean;
}

const statusLabels: Record<ArticleStatus, string> = { draft: 'Draft', ready: 'Ready' };
const oneLine = (value: string) => value.replace(/\n/g, ' ');
const asStatus = (value: unknown): ArticleStatus => (value === 'ready' ? 'ready' : 'draft');
const asTime = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const noKeywords: string[] = [];
// The map's own array, so the snapshot stays the same object until the keywords change.
const asKeywords = (value: unknown): string[] =>
  Array.isArray(value) && value.every((k) => typeof k === 'string') ? value : noKeywords;

function TextField(props: {
  id: string;
  name: string;
  label: string;
  text: Y.Text;
  readOnly: boolean;
  max: number;
  placeholder?: string;
  lang: string;
  dir: TextDirection;
}) {
  const ref = useTextBinding(props.text);
  return (
    <div className={`field field-${props.name}`}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        ref={ref}
        id={props.id}
        type="text"
        lang={props.lang}
        dir={props.dir}
        maxLength={props.max}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
      />
    </div>
  );
}

/**
 * The fields above the body of a desk article, each bound to its Y.Text (so two people in one
 * headline merge by character), with the same labels as on a solo article.
 */
export function DeskArticleFields({
  idPrefix: ids,
  doc,
  language,
  textReadOnly,
  fresh,
}: DeskArticleFieldsProps) {
  const meta = deskMeta(doc);
  // The article's text fields are written in its language and direction; the rest is the UI's.
  const text = { lang: language, dir: textDirection(language) };
  const headline = useTextBinding(deskText(doc, 'headline'), { normalize: oneLine });
  const standfirst = useTextBinding(deskText(doc, 'standfirst'));
  const status = useYValue(meta, 'status', asStatus);
  const published = useYValue(meta, 'published', asTime);
  const keywords = useYValue(meta, 'keywords', asKeywords);
  const field = (name: DeskTextField, label: string, max: number, placeholder?: string) => (
    <TextField
      id={`${ids}-${name}`}
      name={name}
      label={label}
      text={deskText(doc, name)}
      readOnly={textReadOnly}
      max={max}
      placeholder={placeholder}
      {...text}
    />
  );
  return (
    <>
      {field('kicker', 'Kicker', 500, 'Section or topic')}
      <div className="field field-headline">
        <label htmlFor={`${ids}-headline`}>Headline</label>
        <textarea
          ref={headline}
          id={`${ids}-headline`}
          {...text}
          autoFocus={fresh}
          rows={1}
          maxLength={1000}
          readOnly={textReadOnly}
          placeholder="Write a headline"
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              document.getElementById(`${ids}-standfirst`)?.focus();
            }
          }}
        />
      </div>
      <div className="field field-standfirst">
        <label htmlFor={`${ids}-standfirst`}>Standfirst</label>
        <textarea
          ref={standfirst}
          id={`${ids}-standfirst`}
          {...text}
          rows={2}
          maxLength={5000}
          readOnly={textReadOnly}
          placeholder="One or two sentences that tell the reader why this matters"
        />
      </div>
      <div className="meta-grid">
        {field('byline', 'Byline', 500)}
        {field('dateline', 'Dateline', 500, 'Place')}
        <div className="field field-published">
          <label htmlFor={`${ids}-published`}>Publication time</label>
          <PublicationTimeInput
            id={`${ids}-published`}
            value={published}
            readOnly={textReadOnly}
            onChange={(value) => meta.set('published', value)}
          />
        </div>
        <div className="field field-status">
          <label htmlFor={`${ids}-status`}>Status</label>
          <select
            id={`${ids}-status`}
            value={status}
            disabled={textReadOnly}
            onChange={(event) => meta.set('status', event.target.value)}
          >
            {articleStatuses.map((value) => (
              <option key={value} value={value}>
                {statusLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-language">
          <label htmlFor={`${ids}-language`}>Language</label>
          <LanguagePicker
            id={`${ids}-language`}
            value={language}
            readOnly={textReadOnly}
            onChange={(tag) => meta.set('language', tag)}
          />
        </div>
      </div>
      <KeywordsField
        id={`${ids}-keywords`}
        value={keywords}
        readOnly={textReadOnly}
        {...text}
        onChange={(list) => meta.set('keywords', list)}
      />
    </>
  );
}
