/** The editor pane with no article open. */
export function NoArticle() {
  return (
    <main className="editor-pane empty-state">
      <div className="empty-card">
        <h1>No article open</h1>
        <p>Pick one from the library, or start one with New article.</p>
      </div>
    </main>
  );
}
