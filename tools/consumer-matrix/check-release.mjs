// Guards what `npm run release:dry` would publish: no package may reach a new major version unless a
// changeset asks for it by name.
//
// Why: every domain package takes @halo/core as a peer (`^0.x` once published). Before 1.0, a minor
// bump of core leaves that range, and changesets then bumps each peer dependent a major: one
// careless "minor" on core would publish nine packages as 1.0.0. See .changeset/README.md.
//
// The plan is assembled from the changeset files themselves (what `changeset version` would do), so
// the check does not depend on git's state: CI may check out a detached HEAD with no `main` branch.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import getReleasePlan from '@changesets/get-release-plan'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { releases, changesets } = await getReleasePlan(repoRoot)

const askedForMajor = new Set(
  changesets.flatMap((changeset) =>
    changeset.releases.filter((release) => release.type === 'major').map((release) => release.name),
  ),
)
const majorOf = (version) => Number(version.split('.')[0])
const published = releases.filter((release) => release.type !== 'none')
for (const release of published) {
  console.log(
    `release-check: ${release.name} ${release.oldVersion} → ${release.newVersion} (${release.type})`,
  )
}
const accidental = published.filter(
  (release) => !askedForMajor.has(release.name) && majorOf(release.newVersion) > majorOf(release.oldVersion),
)
if (accidental.length > 0) {
  console.error(
    `release-check: ${accidental.map((release) => `${release.name} → ${release.newVersion}`).join(', ')} ` +
      'would be published as a new major that no changeset asks for. Before 1.0 a "minor" on @halo/core ' +
      'pushes its peer dependents to a major: mark additions and fixes "patch" (see .changeset/README.md).',
  )
  process.exit(1)
}
console.log(`release-check: ${published.length} packages would be published, none with an unasked-for major`)
