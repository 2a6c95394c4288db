import type {BuildOptions} from 'esbuild';

/** The esbuild options every termblocks bundle shares. */
export declare const bundleOptions: BuildOptions;
