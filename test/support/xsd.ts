import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

/** The shared iStandaarden copies live beside the project; tests that need them skip without. */
export const istandaardenDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/istandaarden',
);
export const iwmo21XsdDir = path.join(istandaardenDir, 'iwmo-2.1/xsd');
export const haveXsds = fs.existsSync(path.join(iwmo21XsdDir, 'basisschema.xsd'));

/** The iWmo 2.1 messages that have an XSD in the shared copies. */
export const messagesWithXsd = (): string[] =>
  haveXsds
    ? fs
        .readdirSync(iwmo21XsdDir)
        .filter((f) => /^WMO\d{3}\.xsd$/.test(f))
        .map((f) => f.slice(0, -4))
    : [];

/**
 * Validates documents against one iWmo 2.1 message XSD in a single call, so the schema is compiled
 * once (each call starts a new thread); returns libxml2's errors for each document, by name.
 */
export const validateIwmo21 = async (
  message: string,
  documents: readonly { readonly name: string; readonly xml: string }[],
): Promise<Map<string, string[]>> => {
  const schema = fs.readFileSync(path.join(iwmo21XsdDir, `${message}.xsd`), 'utf8');
  const basis = fs.readFileSync(path.join(iwmo21XsdDir, 'basisschema.xsd'), 'utf8');
  // Names only xmllint will see: plain and unique, whatever the documents are called.
  const fileName = (index: number) => `document-${index}.xml`;
  const result = await validateXML({
    xml: documents.map((d, index) => ({ fileName: fileName(index), contents: d.xml })),
    schema: [{ fileName: `${message}.xsd`, contents: schema }],
    preload: [{ fileName: 'basisschema.xsd', contents: basis }],
  });
  const errors = new Map(documents.map((d) => [d.name, [] as string[]]));
  for (const error of result.errors) {
    // Most errors carry a place; the closing "document-N.xml fails to validate" only its name.
    const named = error.loc?.fileName ?? /^(\S+) fails to validate/.exec(error.rawMessage)?.[1];
    const index = documents.findIndex((_, i) => named === fileName(i));
    // An error xmllint does not place is blamed on every document, so it cannot pass unseen.
    for (const d of index === -1 ? documents : [documents[index]!])
      errors.get(d.name)?.push(error.rawMessage);
  }
  return errors;
};
