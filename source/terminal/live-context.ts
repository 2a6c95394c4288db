import {createContext, useContext} from 'react';
import type {RenderContext} from './RenderContext.js';

/**
 * The newest frame's context, for the component views. A frame whose layouts read what they read
 * last time hands the views the new context through this alone: React then re-runs only the
 * component views (each skips its subtree when nothing it shows changed), not the layouts above.
 * See live-body.tsx.
 */
export const LiveContext = createContext<RenderContext | undefined>(undefined);

/** The context a component view draws with: the live one under a LiveBody, else the one it was given (a view drawn alone). */
export function useLiveContext(given: RenderContext): RenderContext {
  return useContext(LiveContext) ?? given;
}
