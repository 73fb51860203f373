// What scripts/lighthouse.ts uses of Lighthouse and chrome-launcher, resolved from this folder's own
// node_modules (installed from this folder's lock file, apart from the project's).
export { default as lighthouse } from 'lighthouse';
export { launch } from 'chrome-launcher';
