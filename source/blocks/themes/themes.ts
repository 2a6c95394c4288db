// `gr.themes`: Gradio's theme classes, callable with or without `new` (`gr.themes.Soft()`), and its hues.
import {callable} from '../callable.js';
import {Base as BaseClass} from './Base.js';
import * as builtIn from './built-in-themes.js';

export type {ThemeOptions} from './Base.js';
export * as colors from './colors.js';
export {Color} from './colors.js';

export const Base = callable(BaseClass);
export type Base = BaseClass;
/** Gradio's name for the type every theme has. */
export type ThemeClass = BaseClass;
export const Default = callable(builtIn.Default);
export type Default = builtIn.Default;
export const Origin = callable(builtIn.Origin);
export type Origin = builtIn.Origin;
export const Soft = callable(builtIn.Soft);
export type Soft = builtIn.Soft;
export const Monochrome = callable(builtIn.Monochrome);
export type Monochrome = builtIn.Monochrome;
export const Glass = callable(builtIn.Glass);
export type Glass = builtIn.Glass;
export const Ocean = callable(builtIn.Ocean);
export type Ocean = builtIn.Ocean;
export const Citrus = callable(builtIn.Citrus);
export type Citrus = builtIn.Citrus;
export const Ember = callable(builtIn.Ember);
export type Ember = builtIn.Ember;
export const Cyberpunk = callable(builtIn.Cyberpunk);
export type Cyberpunk = builtIn.Cyberpunk;
export const Neon = callable(builtIn.Neon);
export type Neon = builtIn.Neon;
export const Mario = callable(builtIn.Mario);
export type Mario = builtIn.Mario;
