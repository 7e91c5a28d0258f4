// The I/O floor of the performance target: the fastest plain read of the same tree, a synchronous
// walk that reads every file whole with readFileSync. Prints files and bytes read.
import fs from 'node:fs';
import path from 'node:path';

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile()) {
      bytes += fs.readFileSync(full).length;
      files++;
    }
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
console.log(JSON.stringify({ files, bytes }));
