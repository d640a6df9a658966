// The theme: the reader's choice ('light' | 'dark' | 'system') is kept in localStorage under
// THEME_KEY. 'system' (or nothing stored) follows prefers-color-scheme through CSS light-dark().
// An explicit choice sets data-theme on <html>, which pins color-scheme in src/styles/global.css.

export const THEME_KEY = 'theme';
export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
