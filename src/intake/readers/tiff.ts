import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TiffReply, TiffRequest } from './tiff-worker.js';

/** Heap and time a TIFF may cost before it is called hostile. */
const DECODER_HEAP_MB = 256;
const DECODER_TIME_MS = 30_000;
const DECODER = fileURLToPath(new URL('./tiff-worker.js', import.meta.url));

/**
 * The pages of a TIFF as RGBA, decoded by utif2 in a child process with a heap limit and a
 * timeout: a hostile file ends in an error (the child aborts or is killed), never in the death
 * of this process. Starting the child costs ~50 ms, little beside the OCR that follows.
 */
export function decodeTiff(request: TiffRequest): Promise<TiffReply> {
  return new Promise((resolve, reject) => {
    const child = fork(DECODER, [], {
      serialization: 'advanced',
      execArgv: [`--max-old-space-size=${DECODER_HEAP_MB}`],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    let reply: TiffReply | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), DECODER_TIME_MS);
    child.once('message', (message: TiffReply) => {
      reply = message;
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (reply && code === 0) resolve(reply);
      else if (signal === 'SIGKILL') reject(new Error(`decoding took more than ${DECODER_TIME_MS / 1000} s`));
      else reject(new Error(`the decoder failed: it needed more than ${DECODER_HEAP_MB} MB of memory, or the file is malformed`));
    });
    child.send(request);
  });
}
