import { expect, test } from 'vitest';
import { imageFileProblem } from './image-type.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]);
const WEBP = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');

test.each([
  ['a.png', PNG],
  ['a.JPG', JPEG],
  ['a.jpeg', JPEG],
  ['a.webp', WEBP],
])('%s with its own bytes is an image', (path, bytes) => {
  expect(imageFileProblem(path, bytes)).toBeUndefined();
});

test.each([
  ['a.svg', SVG, 'no SVG'],
  ['a.html', SVG, 'only PNG, JPEG and WebP'],
  ['a.js', SVG, 'only PNG, JPEG and WebP'],
  ['a.png', SVG, 'is not a PNG image'],
  ['a.webp', PNG, 'is not a WEBP image'],
])('%s is refused', (path, bytes, reason) => {
  expect(imageFileProblem(path, bytes)).toContain(reason);
});
