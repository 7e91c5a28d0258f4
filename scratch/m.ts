import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { outline } from '../src/io/outline.ts';
const dir = 'bench-out/tree-10000/received';
const files: string[] = [];
for (const d of fs.readdirSync(dir)) for (const f of fs.readdirSync(path.join(dir, d))) files.push(path.join(dir, d, f));
const buf = Buffer.allocUnsafe(16384);
const heads: Buffer[] = []; const texts: string[] = []; const excerpts: string[] = [];
let t = performance.now();
for (const f of files) { const fd = fs.openSync(f, 'r'); const n = fs.readSync(fd, buf, 0, 16384, 0); fs.closeSync(fd); heads.push(Buffer.from(buf.subarray(0, n))); }
console.log('read16k', ((performance.now() - t) * 1000 / files.length).toFixed(1), 'µs/file', files.length);
t = performance.now();
for (const h of heads) texts.push(new TextDecoder('utf-8', { fatal: true }).decode(h, { stream: true }));
console.log('decode', ((performance.now() - t) * 1000 / files.length).toFixed(1));
t = performance.now();
for (const s of texts) { const o = outline(s, 256) as any; excerpts.push(s.slice(o.root.start, o.root.end) + (o.header ? s.slice(o.header.start, o.header.end) : '') + `</${o.root.name}>`); }
console.log('outline', ((performance.now() - t) * 1000 / files.length).toFixed(1));
t = performance.now();
for (const e of excerpts) XMLValidator.validate(e);
console.log('validate excerpt', ((performance.now() - t) * 1000 / files.length).toFixed(1));
const p = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, processEntities: false, htmlEntities: false, trimValues: true, ignoreDeclaration: true, ignorePiTags: true });
t = performance.now();
for (const e of excerpts) p.parse(e);
console.log('parse excerpt', ((performance.now() - t) * 1000 / files.length).toFixed(1));
console.log('excerpt len', excerpts[0]!.length);
for (const opts of [{}, { jPath: false }, { ignoreAttributes: (n: string) => !n.startsWith('xmlns') }, { jPath: false, ignoreAttributes: (n: string) => !n.startsWith('xmlns') }]) {
  const q = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, processEntities: false, htmlEntities: false, trimValues: true, ignoreDeclaration: true, ignorePiTags: true, ...opts } as any);
  t = performance.now();
  for (const e of excerpts) q.parse(e);
  console.log('parse', JSON.stringify(opts, (k, v) => typeof v === 'function' ? 'fn' : v), ((performance.now() - t) * 1000 / files.length).toFixed(1));
}
for (const bad of ['<a><b></a>', '<a><b>', '<a></b></a>', '<a x="1" x="2"/>', '<a>&</a>', '<a><b/></a><c/>']) {
  try { p.parse(bad); console.log('parsed', bad); } catch (e) { console.log('threw', bad, (e as Error).message.slice(0, 60)); }
}
{
  const q = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, processEntities: false, htmlEntities: false, trimValues: true, ignoreDeclaration: true, ignorePiTags: true });
  const batch = '<b>' + excerpts.join('') + '</b>';
  t = performance.now();
  const v = XMLValidator.validate(batch);
  console.log('batch validate', ((performance.now() - t) * 1000 / excerpts.length).toFixed(1), v === true);
  t = performance.now();
  const r = q.parse(batch);
  console.log('batch parse', ((performance.now() - t) * 1000 / excerpts.length).toFixed(1), Object.keys(r.b).length);
  const q2 = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, processEntities: false, htmlEntities: false, trimValues: true, ignoreDeclaration: true, ignorePiTags: true, preserveOrder: true });
  t = performance.now();
  const r2 = q2.parse(batch);
  console.log('batch parse ordered', ((performance.now() - t) * 1000 / excerpts.length).toFixed(1), r2[0].b.length);
}
for (const opts of [{ preserveOrder: true }, { preserveOrder: true, jPath: false }, { preserveOrder: true, jPath: false, ignoreAttributes: true }]) {
  const q = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, processEntities: false, htmlEntities: false, trimValues: true, ignoreDeclaration: true, ignorePiTags: true, ...opts } as any);
  for (const e of excerpts.slice(0, 500)) q.parse(e);
  t = performance.now();
  for (const e of excerpts) q.parse(e);
  console.log('single', JSON.stringify(opts), ((performance.now() - t) * 1000 / files.length).toFixed(1));
}
{
  const headerOnly = excerpts.map((e) => e.slice(e.indexOf('>') + 1, e.lastIndexOf('</')));
  const q = new XMLParser({ ignoreAttributes: true, parseTagValue: false, processEntities: false, htmlEntities: false, trimValues: true, preserveOrder: true, jPath: false } as any);
  t = performance.now();
  for (const e of headerOnly) q.parse(e);
  console.log('header only, no attrs, ordered', ((performance.now() - t) * 1000 / files.length).toFixed(1));
}
