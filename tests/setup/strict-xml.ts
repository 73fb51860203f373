/**
 * A conforming XML 1.0 well-formedness check (saxes): unlike a lenient validator it rejects the
 * control characters that make a feed reader drop the whole feed.
 */
import { SaxesParser } from 'saxes';

/** Throws with the line and reason when `xml` is not well-formed XML. */
export function assertWellFormedXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw failure;
}
