// @halo/types/schemas: the valibot schemas of Halo's models for response validation, as compact
// descriptions (one per component, declared once here for every domain package) and the function
// that builds valibot schemas from them. Runtime code with valibot behind it, so not part of the
// types-only main entry; the domain packages' `/schemas` entries pick the models they reach.
export * from './generated/schema-models.js'
export { type ModelDescription, modelSchemas } from './schemas/model-schemas.js'
