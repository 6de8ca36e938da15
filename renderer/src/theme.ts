const darkQuery = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

/** The theme the system asks for now (Electron's nativeTheme moves this too). */
function systemTheme(): 'light' | 'dark' {
  return darkQuery?.matches ? 'dark' : 'light';
}

/**
 * Puts the system's theme on the page as `data-theme`, and keeps it there as the system
 * changes. Styles key off the attribute rather than the media query, so a part of the page
 * (an exported chart) can be drawn in the other theme.
 */
export function followSystemTheme(): void {
  const apply = () => {
    document.documentElement.dataset['theme'] = systemTheme();
  };
  apply();
  darkQuery?.addEventListener('change', apply);
}
