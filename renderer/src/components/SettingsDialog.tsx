import { useId, useState } from 'react';
import type { DeskState } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { Modal } from './Modal';
import { WorkspaceSettingsSection } from './WorkspaceSettingsSection';

interface SettingsDialogProps {
  /** The desk as the main process knows it (url null when solo). */
  desk: DeskState | null;
  onDesk(state: DeskState): void;
  onClose(): void;
}

const roleNames = { reporter: 'reporter', editor: 'editor', photo: 'photo desk' } as const;

/** Settings: connect this computer to a team desk (address and token) or go back to working solo. */
export function SettingsDialog({ desk, onDesk, onClose }: SettingsDialogProps) {
  const [url, setUrl] = useState(desk?.url ?? '');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const connected = desk?.url ? desk : null;

  const run = async (action: () => Promise<DeskState>) => {
    setBusy(true);
    setError(null);
    try {
      const state = await action();
      onDesk(state);
      if (state.error) setError(state.error);
      else onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="Settings"
      className="settings-dialog"
      onClose={onClose}
      onSubmit={() =>
        void run(() => call('desk:connect', { url: url.trim(), token: token.trim() }))
      }
    >
      <WorkspaceSettingsSection readOnly={false} />
      <fieldset className="settings-section" disabled={busy}>
        <legend>Connect to a desk</legend>
        {connected ? (
          <p className="desk-summary" role="status">
            Working on the desk at <strong>{connected.url}</strong>
            {connected.user ? ` as ${connected.user.name} (${roleNames[connected.user.role]})` : ''}
            .
          </p>
        ) : (
          <p className="muted">
            A desk lets a reporter, an editor and the photo desk work on the same stories at once.
            Ask whoever runs it for its address and your token.
          </p>
        )}
        <div className="field">
          <label htmlFor={`${ids}-url`}>Desk address</label>
          <input
            id={`${ids}-url`}
            type="text"
            inputMode="url"
            placeholder="wss://desk.example.org"
            autoFocus
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-token`}>Token</label>
          <input
            id={`${ids}-token`}
            type="password"
            autoComplete="off"
            placeholder={connected ? 'Kept on this computer' : ''}
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <div className="modal-actions">
        {connected && (
          <button
            type="button"
            className="button subtle"
            disabled={busy}
            onClick={() => void run(() => call('desk:disconnect'))}
          >
            Work solo
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={busy || !url.trim() || !token.trim()}
        >
          Connect
        </button>
      </div>
    </Modal>
  );
}
