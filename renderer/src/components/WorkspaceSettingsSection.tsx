import { useEffect, useId, useState } from 'react';
import { call, errorMessage } from '../api/newsroom';
import { applyUiDirection, readUiDirection, type UiDirectionSetting } from '../core/ui-direction';
import { LanguagePicker } from './LanguagePicker';

const directionLabels: Record<UiDirectionSetting, string> = {
  auto: 'Follow the system language',
  ltr: 'Left to right',
  rtl: 'Right to left',
};

/** Settings of the workspace (the language new articles get) and of this window (its direction). */
export function WorkspaceSettingsSection({ readOnly }: { readOnly: boolean }) {
  const ids = useId();
  const [language, setLanguage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [direction, setDirection] = useState(readUiDirection);

  useEffect(() => {
    let live = true;
    call('settings:read').then(
      (settings) => live && setLanguage(settings.language),
      (err: unknown) => live && setStatus(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, []);

  const changeLanguage = async (tag: string) => {
    setLanguage(tag);
    try {
      const saved = await call('settings:update', { language: tag });
      setLanguage(saved.language);
      setStatus('New articles will be written in this language.');
    } catch (err) {
      setStatus(`Could not change the language: ${errorMessage(err)}`);
    }
  };

  return (
    <fieldset className="settings-section">
      <legend>Languages</legend>
      <div className="field">
        <label htmlFor={`${ids}-language`}>Language of new articles</label>
        {language !== null && (
          <LanguagePicker
            id={`${ids}-language`}
            value={language}
            readOnly={readOnly}
            onChange={(tag) => void changeLanguage(tag)}
          />
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-direction`}>Window direction</label>
        <select
          id={`${ids}-direction`}
          value={direction}
          onChange={(event) => {
            const next = event.target.value as UiDirectionSetting;
            setDirection(next);
            applyUiDirection(next);
          }}
        >
          {(Object.keys(directionLabels) as UiDirectionSetting[]).map((value) => (
            <option key={value} value={value}>
              {directionLabels[value]}
            </option>
          ))}
        </select>
      </div>
      {status && (
        <p className="muted" role="status">
          {status}
        </p>
      )}
    </fieldset>
  );
}
