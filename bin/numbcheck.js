#!/usr/bin/env node
// numbcheck runs its TypeScript as it is (Node's type stripping), which needs Node.js 24 or later.
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error(
    `numbcheck needs Node.js 24 or later, and this is ${process.version}. ` +
      "Run it as 'npx numbcheck', which uses the Node.js that the project installs.",
  );
  process.exit(1);
}
const { runAsProcess } = await import('../src/cli/main.ts');
await runAsProcess();
