/** A quiet note about the version on screen (it was reloaded from disk), until dismissed. */
export function LoadNote({ message, onDismiss }: { message: string; onDismiss(): void }) {
  return (
    <div className="banner note" role="status">
      <p>{message}</p>
      <button type="button" className="button subtle" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
