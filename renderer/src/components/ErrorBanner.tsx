/** What failed, in words for the user, until they dismiss it. */
export function ErrorBanner({
  message,
  className = '',
  onDismiss,
}: {
  message: string;
  className?: string;
  onDismiss(): void;
}) {
  return (
    <div className={`banner error ${className}`.trim()} role="alert">
      <p>{message}</p>
      <button type="button" className="button subtle" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
