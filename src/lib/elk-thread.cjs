// ELK on a Node worker thread (src/integrations/map-layouts.ts starts it). elkjs ships its engine as a Web
// Worker script whose in-process stand-in (the "FakeWorker") takes messages and answers them; this relays a
// worker thread's messages to that stand-in and its answers back. Plain CommonJS: a worker thread cannot load
// TypeScript, and elkjs is CommonJS.
'use strict';
const { parentPort } = require('node:worker_threads');
const { Worker: Engine } = require('elkjs/lib/elk-worker.min.js');

const engine = new Engine();
engine.onmessage = ({ data }) => {
  try {
    parentPort.postMessage(data);
  } catch {
    // ELK's errors are GWT objects that cannot cross threads: send their text.
    parentPort.postMessage({ id: data.id, error: { message: String(data.error) } });
  }
};
parentPort.on('message', (message) => engine.postMessage(message));
