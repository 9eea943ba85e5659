import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: activeTab + scripting read the tab the coder opened the
// popup on (toolbar, shortcut or context menu), and nothing else; no host
// permissions at install.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CodeCue',
    description: 'Suggests CPT codes and modifiers from thoracic operative notes. Note text never leaves the browser.',
    permissions: ['activeTab', 'scripting', 'storage', 'clipboardWrite', 'contextMenus'],
    // Asked for one site at a time, only when the coder turns on "Scan this
    // site automatically" (or lets CodeCue read a site's embedded note frames).
    // MV2 (Firefox) has no optional_host_permissions: hosts go in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    commands: {
      // MV2 (Firefox) names the toolbar-button command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Suggest codes for this page',
      },
    },
    // Rule packs and settings an organisation deploys by policy (storage.managed).
    // Chrome reads the schema from the package; Firefox uses native managed manifests instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'codecue@codecue.dev',
              strict_min_version: '142.0',
              // Firefox's consent manifest: CodeCue collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
