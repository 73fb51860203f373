/**
 * Decap's English words changed for our editors (issue 30): its workflow board offers a "New
 * Post" and its collection page a "＋ Solution" whose full-width plus many systems cannot draw.
 * Applied over Decap's own English phrases by src/admin/admin-client.ts.
 */

type Phrases = Record<string, unknown>;

export const OWN_PHRASES: ReadonlyArray<readonly [path: string, text: string]> = [
  ['workflow.workflow.newPost', 'New entry'],
  ['collection.collectionTop.newButton', 'New %{collectionLabel}'],
];

/** A copy of Decap's phrases with ours in place; a phrase Decap no longer has is not added. */
export function withOwnPhrases(phrases: Phrases): Phrases {
  const copy = structuredClone(phrases);
  for (const [path, text] of OWN_PHRASES) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node: unknown = copy;
    for (const key of keys) node = node && typeof node === 'object' ? (node as Phrases)[key] : undefined;
    if (node && typeof node === 'object' && typeof (node as Phrases)[last] === 'string') (node as Phrases)[last] = text;
  }
  return copy;
}
