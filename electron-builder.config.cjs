// Installers for the three desktop platforms, from one configuration: `npm run dist` builds
// for the platform it runs on (see the README for each platform's notes and for signing).
const { fusesForBuild } = require('./build/electron-fuses.cjs');

/** The description every package shows. */
const description = 'Run an ML backlog workshop: score candidate problems for impact and complexity, map them, pick a focus.';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.pickwise.desktop',
  productName: 'Pickwise',
  copyright: 'Copyright © 2026 Pickwise',
  directories: { buildResources: 'build', output: 'dist' },
  // Only the built app: every library is a devDependency bundled into out/, so the package
  // carries no node_modules, no sources and no tests.
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  npmRebuild: false,
  publish: null,
  // The fuses of a production build (build/electron-fuses.cjs), flipped in the Electron binary.
  electronFuses: fusesForBuild(),
  // A folder holding an unpacked Electron, instead of the download (packaging tests, offline builds).
  electronDist: process.env.PICKWISE_ELECTRON_DIST || undefined,
  fileAssociations: [
    {
      ext: 'pickwise',
      name: 'Pickwise session',
      description: 'Pickwise workshop session',
      mimeType: 'application/x-pickwise+json',
      role: 'Editor',
      rank: 'Owner',
      icon: 'icon',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    executableName: 'pickwise',
    maintainer: 'Pickwise <hello@pickwise.app>',
    vendor: 'Pickwise',
    synopsis: 'ML backlog workshops: score, map, pick a focus',
    description,
    mimeTypes: ['application/x-pickwise+json'],
    // The desktop entry is named after package.json's desktopName (the app id plus .desktop),
    // which Electron uses as the windows' app_id / WM_CLASS; electron-builder sets
    // StartupWMClass to the same, so the launcher and the windows are one app.
    syncDesktopName: true,
    desktop: {
      entry: {
        Name: 'Pickwise',
        GenericName: 'Workshop planner',
        Comment: description,
        Keywords: 'machine learning;backlog;workshop;prioritisation;',
      },
    },
  },
  deb: { priority: 'optional' },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Pickwise',
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    category: 'public.app-category.productivity',
    icon: 'build/icon.icns',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { title: '${productName} ${version}', artifactName: '${productName}-${version}-universal.${ext}' },
};
