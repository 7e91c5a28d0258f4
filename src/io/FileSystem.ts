import fs from 'node:fs';

/**
 * The part of the file system the tool uses — reads only. The scan and the reads go through it,
 * so a test can make a file vanish between listing and reading, or refuse permission, on demand.
 */
export interface FileSystem {
  readonly realpath: (path: string | Buffer) => string;
  readonly stat: (path: string | Buffer) => fs.Stats;
  readonly readdir: (path: string | Buffer) => fs.Dirent<Buffer>[];
  /** Throws unless the folder may be read and entered. */
  readonly accessFolder: (path: string) => void;
  readonly open: (path: string | Buffer) => number;
  readonly fstat: (fd: number) => fs.Stats;
  readonly readWhole: (fd: number) => Buffer;
  /** Reads up to `buffer.length` bytes from the start of the file; returns how many were read. */
  readonly readStart: (fd: number, buffer: Buffer) => number;
  readonly close: (fd: number) => void;
}

export const nodeFileSystem: FileSystem = {
  realpath: (path) => fs.realpathSync(path),
  stat: (path) => fs.statSync(path),
  readdir: (path) => fs.readdirSync(path, { withFileTypes: true, encoding: 'buffer' }),
  accessFolder: (path) => fs.accessSync(path, fs.constants.R_OK | fs.constants.X_OK),
  open: (path) => fs.openSync(path, 'r'),
  fstat: (fd) => fs.fstatSync(fd),
  readWhole: (fd) => fs.readFileSync(fd),
  readStart: (fd, buffer) => {
    let filled = 0;
    while (filled < buffer.length) {
      const read = fs.readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return filled;
  },
  close: (fd) => fs.closeSync(fd),
};
