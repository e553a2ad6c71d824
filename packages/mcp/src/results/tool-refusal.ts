/**
 * A call the server will not make or cannot make sense of: a write in read-only mode, an unknown
 * operation, parameters that do not fit. Its message goes to the model as the tool's error.
 */
export class ToolRefusal extends Error {
  override readonly name = 'ToolRefusal'
}
