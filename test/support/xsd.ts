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

/** Validates one document against its iWmo 2.1 message XSD; returns libxml2's errors, if any. */
export const validateIwmo21 = async (message: string, xml: string): Promise<string[]> => {
  const schema = fs.readFileSync(path.join(iwmo21XsdDir, `${message}.xsd`), 'utf8');
  const basis = fs.readFileSync(path.join(iwmo21XsdDir, 'basisschema.xsd'), 'utf8');
  const result = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [{ fileName: `${message}.xsd`, contents: schema }],
    preload: [{ fileName: 'basisschema.xsd', contents: basis }],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
};
