import type { Article } from '../../core/article/article';
import { editsAsUpdate } from '../../core/desk/field-edits';
import { seedDoc } from '../../core/desk/seed-doc';
import type { Workspace } from '../store/workspace';
import { derivedArticle, editedOutsideDesk } from './derived-article';
import type { DeskDoc } from './desk-doc';

const sameContent = (a: Article, b: Article) =>
  JSON.stringify({ ...a, updated: '' }) === JSON.stringify({ ...b, updated: '' });

/**
 * Brings what the workspace's article.json holds beyond the desk document into it, as a local
 * change: an empty document (an article the desk has never had) is seeded deterministically
 * (seedDoc), so two laptops seeding the same old article add it once; otherwise only the fields
 * edited outside the desk are written, touching only what differs. True when something changed.
 */
export async function pushWorkspaceArticle(ws: Workspace, deskDoc: DeskDoc): Promise<boolean> {
  const edited = await editedOutsideDesk(ws, deskDoc.id);
  if (!edited) return false;
  if (deskDoc.empty) {
    await deskDoc.applyLocal(seedDoc(edited));
    return true;
  }
  const derived = derivedArticle(deskDoc.doc, deskDoc.id, edited.updated);
  if (derived && sameContent(derived, edited)) return false;
  await deskDoc.applyLocal(changesFrom(deskDoc.state(), edited));
  return true;
}

/** The Yjs update that turns the document `state` describes into `article`, touching only what differs. */
export function changesFrom(state: Uint8Array, article: Article): Uint8Array {
  const { format: _format, id: _id, created: _created, updated: _updated, ...edits } = article;
  return editsAsUpdate(state, edits);
}
