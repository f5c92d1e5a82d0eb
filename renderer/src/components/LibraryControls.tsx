import { useId } from 'react';
import type { LibrarySort } from '../../../core/library/library-view';

/** What the library's controls hold: the status to show, the days to show, the order. */
export interface LibraryControlValues {
  status: 'all' | 'draft' | 'ready';
  /** YYYY-MM-DD (a date field's value), or '' for no bound. */
  fromDay: string;
  toDay: string;
  sort: LibrarySort;
}

export const defaultControlValues: LibraryControlValues = {
  status: 'all',
  fromDay: '',
  toDay: '',
  sort: 'updated-desc',
};

const sortNames: Record<LibrarySort, string> = {
  'updated-desc': 'Newest first',
  'updated-asc': 'Oldest first',
  headline: 'Headline A–Z',
  status: 'Status (drafts first)',
};

/** Status filter, dates and order of the library list; "Show" keeps clear of the editor's Status label. */
export function LibraryControls({
  values,
  onChange,
}: {
  values: LibraryControlValues;
  onChange(values: LibraryControlValues): void;
}) {
  const id = useId();
  const set = <K extends keyof LibraryControlValues>(key: K, value: LibraryControlValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <div className="library-controls">
      <div className="field">
        <label htmlFor={`${id}-status`}>Show</label>
        <select
          id={`${id}-status`}
          value={values.status}
          onChange={(e) => set('status', e.target.value as LibraryControlValues['status'])}
        >
          <option value="all">All</option>
          <option value="draft">Draft</option>
          <option value="ready">Ready</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort</label>
        <select
          id={`${id}-sort`}
          value={values.sort}
          onChange={(e) => set('sort', e.target.value as LibrarySort)}
        >
          {Object.entries(sortNames).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Updated from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={values.fromDay}
          max={values.toDay || undefined}
          onChange={(e) => set('fromDay', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Updated to</label>
        <input
          id={`${id}-to`}
          type="date"
          value={values.toDay}
          min={values.fromDay || undefined}
          onChange={(e) => set('toDay', e.target.value)}
        />
      </div>
    </div>
  );
}
