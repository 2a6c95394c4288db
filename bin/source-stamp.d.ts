/** A hex digest of the bundle's inputs under `root` (a URL of the package folder, ending in /). */
export declare function sourceStamp(root: URL): string;

/** Where `npm run build` records the stamp of the sources it bundled. */
export declare const STAMP_FILE: string;
