// The Chromium every browser test uses, and how it must start on this kind of machine: as root it needs
// --no-sandbox, and without the background-networking flags it reaches for Google's servers, which the
// closed network refuses. One list, for the component tests and the end-to-end tests alike.
export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
