// Spec in, every generated file out (in memory): the one entry point for writing and checking.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { emitOperationCatalog } from './emit/operation-catalog.mjs'
import { emitPackage } from './emit/package-files.mjs'
import { emitModelDescriptions, MODEL_DESCRIPTIONS_PATH } from './emit/schema-valibot.mjs'
import { emitPackageTests } from './emit/tests.mjs'
import { emitTypesPackage } from './emit/types-package.mjs'
import { buildModel } from './model/build-model.mjs'
import { nameTagNamespaces } from './naming/tag-namespaces.mjs'
import { applyObservedFields } from './overlay/observed-fields.mjs'

const CONFIG_DIR = fileURLToPath(new URL('..', import.meta.url))

async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'))
}

/** The committed configuration beside the generator: tag map, list keys, name overrides, observed fields. */
export async function loadConfig(overrides = {}) {
  const named = (file) => overrides[file] ?? `${CONFIG_DIR}${file}`
  const names = await readJson(named('name-overrides.json'))
  return {
    tagPackages: await readJson(named('tag-packages.json')),
    listKeys: await readJson(named('list-keys.json')),
    observedFields: await readJson(named('overlay/observed-fields.json')),
    overrides: {
      segments: names.segments ?? {},
      operations: names.operations ?? {},
      typeAliases: names.typeAliases ?? {},
      dropTypeAliases: names.dropTypeAliases ?? [],
      primaryTypeAliases: names.primaryTypeAliases ?? {},
      crudKinds: names.crudKinds ?? {},
      crudRecordNames: names.crudRecordNames ?? {},
    },
  }
}

/**
 * @returns {{ model: object, files: Map<string, string> }} files keyed by repo-relative path,
 * in a stable order
 */
export function generate(spec, config) {
  const model = buildModel(
    config.observedFields ? applyObservedFields(spec, config.observedFields) : spec,
    config,
  )
  const namespaceOfTag = nameTagNamespaces(model.packages, config.overrides.segments)
  const files = new Map(emitTypesPackage(model))
  files.set(MODEL_DESCRIPTIONS_PATH, emitModelDescriptions(model.components))
  for (const pkg of model.packages) {
    for (const [path, content] of emitPackage(pkg, model, namespaceOfTag, config.overrides))
      files.set(path, content)
    for (const [path, content] of emitPackageTests(pkg, model.components)) files.set(path, content)
  }
  for (const [path, content] of emitOperationCatalog(model)) files.set(path, content)
  return { model, files: new Map([...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }
}
