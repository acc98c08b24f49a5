// Preloaded into a test build (NODE_OPTIONS=--import): writing the page whose path
// contains FAIL_PAGE_WRITE fails, as a full disk or a crashing renderer would, so the
// build's clean-up after a failure mid-render can be tested without content that the
// content gate would refuse before rendering starts.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const marker = process.env.FAIL_PAGE_WRITE;
const writeFile = fs.promises.writeFile;
fs.promises.writeFile = async function (file, ...rest) {
  if (marker && String(file).includes(marker) && String(file).endsWith('.html')) throw new Error('render-time failure');
  return writeFile.call(this, file, ...rest);
};
syncBuiltinESMExports();
