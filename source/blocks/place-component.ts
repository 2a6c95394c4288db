import {currentFrame} from './build-context.js';
import type {Component} from './Component.js';
import {BuildError} from './errors.js';

/**
 * Places a component an app was given (an Interface's input, an Examples input
 * list does not) in the layout being built. One made outside any app is rendered
 * here; one still in another app being built is taken out of it first, as
 * Gradio's Interface unrenders what it is given. One already here stays.
 */
export function placeComponent<C extends Component>(component: C, what: string): C {
  const {app} = currentFrame(what);
  const owner = component.owner;
  if (owner === app) return component;
  if (owner?.built) {
    throw new BuildError(
      `${component.describe()}, ${what}, belongs to app "${owner.title}", which is already built: create a new component for this one`,
    );
  }
  if (owner) component.unrender();
  return component.render();
}
