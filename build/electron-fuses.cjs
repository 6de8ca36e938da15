// The Electron fuses of a production build (flipped in the binary by electron-builder):
// no running as plain Node, no NODE_OPTIONS, no --inspect, the app loaded only from its
// integrity-checked app.asar, no extra privileges for file://, and cookies encrypted.
const fuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

// A build for Playwright's electron mode, which attaches through --inspect; everything else
// stays shut. Chosen with PICKWISE_TEST_BUILD=1, never for a release.
const testFuses = { ...fuses, enableNodeCliInspectArguments: true };

/** The fuses for this build: the test variant only when PICKWISE_TEST_BUILD=1. */
function fusesForBuild(env = process.env) {
  return env.PICKWISE_TEST_BUILD === '1' ? testFuses : fuses;
}

module.exports = { fuses, testFuses, fusesForBuild };
