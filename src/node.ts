// The Node-only entry point (`pyex/node`): host-directory filesystems, which need `node:fs`. The main
// entry point (`pyex`) stays free of Node APIs so it runs in browsers and edge workers too.

export {
  NodeDirectoryFileSystem,
  type NodeDirectoryOptions,
} from './sandbox/node-directory-filesystem.js';
