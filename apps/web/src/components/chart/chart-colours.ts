// GOV.UK's text, mid-grey and colours: the text at least 4.5:1 against white, every bar and line 3:1.
export const TEXT = '#0b0c0c';
export const GRID = '#b1b4b6';
export const FONT = 'arial, sans-serif';
export const BLUE = '#1d70b8';
export const GREEN = '#00703c';
export const PURPLE = '#4c2c92';
export const DARK_GREY = '#505a5f';
