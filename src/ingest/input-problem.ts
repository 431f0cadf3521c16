/**
 * Bad content found by a reader. Readers throw it; `readInputs` turns it into one error `Diagnostic`
 * for the file and carries on with the other files, so a reader keeps the plain `(text, source) => RawDocument` shape.
 */
export class InputProblem extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message)
    this.name = 'InputProblem'
  }
}
