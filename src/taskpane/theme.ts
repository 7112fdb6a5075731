/** The part of `Office.context.officeTheme` that tells dark from light. */
export interface OfficeThemeColors {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/**
 * True when Office shows a dark theme: its own flag when the host sets it, otherwise a body background
 * whose relative luminance (ITU-R BT.709 weights on sRGB, 0..1) is below one half. Unknown → light.
 */
export function prefersDark(theme: OfficeThemeColors | undefined): boolean {
  if (theme?.isDarkTheme !== undefined) return theme.isDarkTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The theme Office reports, or undefined outside Office and in hosts that do not expose it. */
export function currentOfficeTheme(): OfficeThemeColors | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  } catch {
    // officeTheme is not available on every platform; a missing theme must not keep the pane from opening
    return undefined;
  }
}
