// Emits the declaration files the package ships (dist/types/, with declaration maps),
// from source/index.ts and only what it reaches: a user's compiler reads these, never
// termblocks' .ts sources, so it needs neither termblocks' settings nor its dev types.
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;

/** Writes dist/types/ and returns the files written; throws with the compiler's messages on an error. */
export function buildTypes() {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {...ts.sys, onUnRecoverableConfigFileDiagnostic() {}},
  );
  const options = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: true,
    // The repository resolves `termblocks` to its sources; declarations must not name that condition.
    customConditions: undefined,
    rootDir: `${root}source`,
    outDir: `${root}dist/types`,
  };
  const program = ts.createProgram([`${root}source/index.ts`], options);
  const written = [];
  const result = program.emit(undefined, (file, text) => {
    ts.sys.writeFile(file, text);
    written.push(file);
  });
  const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (problems.length > 0) {
    const host = {getCanonicalFileName: f => f, getCurrentDirectory: () => root, getNewLine: () => '\n'};
    throw new Error(`declarations failed:\n${ts.formatDiagnostics(problems, host)}`);
  }
  return written;
}
