import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ruleIds } from '../src/core/findings.js';
import { words } from '../src/report/words/index.js';
import { langs } from '../src/report/words/Words.js';
import { toolVersion } from '../src/version.js';
import { projectDir } from './support/runBin.js';

/** Static imports and re-exports, and dynamic `import('…')`, which loads a module just the same. */
const importsOf = (file: string) => {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? '');
};

describe('architecture', () => {
  it('the core and the data tables import nothing from node:, chalk, ora or commander', () => {
    for (const dir of ['src/core', 'src/data']) {
      const files = fs.readdirSync(path.join(projectDir, dir)).filter((f) => f.endsWith('.ts'));
      assert.ok(files.length > 0);
      for (const file of files) {
        for (const spec of importsOf(path.join(projectDir, dir, file))) {
          assert.doesNotMatch(
            spec,
            /^(node:|chalk$|ora$|commander$|fs$|path$|os$)/,
            `${dir}/${file} imports ${spec}`,
          );
          // The layers: data imports nothing of ours outside data; core imports only data.
          const allowed = dir === 'src/data' ? [] : ['../data/', '../core/'];
          assert.ok(
            !spec.startsWith('..') || allowed.some((prefix) => spec.startsWith(prefix)),
            `${dir}/${file} reaches out to ${spec}`,
          );
        }
      }
    }
  });
  it('the import check itself sees imports', () => {
    const imports = importsOf(path.join(projectDir, 'src/cli.ts'));
    for (const name of ['node:fs', 'chalk', 'commander', 'ora'])
      assert.ok(imports.includes(name), name);
  });
  it('a run loads ajv only on demand: for a config file or a timetable file the user names', () => {
    // Static imports only: what the bin loads on every start, followed through our own modules.
    const staticImports = (file: string) =>
      [
        ...fs
          .readFileSync(file, 'utf8')
          .matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm),
      ].map((m) => m[1] ?? '');
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of staticImports(file)) {
        if (spec.startsWith('.'))
          visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
        else packages.add(spec);
      }
    };
    visit(path.join(projectDir, 'src/cli.ts'));
    assert.ok(packages.has('commander'), 'the walk sees the packages the bin loads');
    assert.ok(!packages.has('ajv'), [...seen].join('\n'));
  });
  it('every rule has words and a hint in every language', () => {
    for (const lang of langs) {
      for (const rule of ruleIds) {
        assert.equal(typeof words[lang].finding[rule], 'function', `${lang} ${rule}`);
        assert.equal(typeof words[lang].hint[rule], 'function', `${lang} hint ${rule}`);
        assert.ok(words[lang].ruleTitle[rule].length > 10, `${lang} rule title ${rule}`);
      }
    }
  });
  it('the version in the tool is the version in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
    assert.equal(toolVersion, pkg.version);
  });
});
