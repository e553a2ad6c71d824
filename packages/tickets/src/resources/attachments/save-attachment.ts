import type { HaloCore, RequestOptions } from '@halo/core'
import { checkPositiveInteger } from '../shared/record-id.js'
import { contentDispositionFileName } from './content-disposition.js'
import { nodeBuiltin } from './node-builtin.js'
import { safeFileName } from './safe-file-name.js'

/** Options of `attachments.saveToFile(id, folder)` and `attachment.saveToFile(folder)`. */
export interface SaveAttachmentOptions extends RequestOptions {
  /** Save under this name instead of Halo's (cleaned the same way). */
  readonly filename?: string | undefined
  /** Replace a file of the same name. Default `false`: an existing file is left alone and the save fails. */
  readonly overwrite?: boolean | undefined
}

/** Where an attachment was saved. */
export interface SavedAttachment {
  /** The full path of the file written. */
  readonly path: string
  /** Its name in the folder: Halo's file name made safe (see `safeFileName`). */
  readonly filename: string
  /** Bytes written. */
  readonly size: number
}

/** The parts of `node:fs/promises` and `node:path` a save needs. */
interface FsPromises {
  open(path: string, flags: string): Promise<FileHandle>
  link(existing: string, created: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  copyFile(from: string, to: string, mode: number): Promise<void>
  readonly constants: { readonly COPYFILE_EXCL: number }
}
interface FileHandle {
  write(bytes: Uint8Array): Promise<unknown>
  sync(): Promise<void>
  close(): Promise<void>
}
interface NodePath {
  join(...segments: string[]): string
}

/**
 * Downloads attachment `id` into `folder` under its own name. The name is Halo's (`known` when the
 * caller holds the metadata, else the download's `Content-Disposition`, else `attachment-<id>`), made
 * safe by `safeFileName` so it cannot leave the folder. The bytes are streamed into a temporary file
 * beside the target and moved into place only when complete, so a failed or aborted download leaves
 * no partial file under the real name. An existing file is never replaced unless `overwrite` is set.
 */
export async function saveAttachmentToFile(
  core: HaloCore,
  id: number,
  folder: string,
  known: string | undefined,
  options: SaveAttachmentOptions = {},
): Promise<SavedAttachment> {
  const attachmentId = checkPositiveInteger(id, 'attachment id')
  if (typeof folder !== 'string' || folder === '') {
    throw new TypeError('saveToFile(folder): folder must be a non-empty path, e.g. "./downloads"')
  }
  const method = 'saveToFile(folder)'
  const instead = 'download the bytes with attachments.download(id) and save them yourself'
  const fs = nodeBuiltin<FsPromises>('node:fs/promises', method, instead)
  const path = nodeBuiltin<NodePath>('node:path', method, instead)
  const { filename: chosen, overwrite = false, ...requestOptions } = options

  // The temporary file is made first, so a folder that cannot be written fails before any download.
  const temporary = path.join(folder, `.halo-attachment-${attachmentId}-${crypto.randomUUID()}.part`)
  const handle = await fs.open(temporary, 'wx')
  let filename: string
  let target: string
  let size: number
  try {
    const response = await core.get<ReadableStream<Uint8Array>>(`/Attachment/${attachmentId}`, {
      ...requestOptions,
      responseType: 'stream',
      withResponse: true,
    })
    const original =
      chosen ?? known ?? contentDispositionFileName(response.headers.get('content-disposition'))
    filename = safeFileName(original ?? '', `attachment-${attachmentId}`)
    target = path.join(folder, filename)
    size = await writeStream(handle, response.data)
    await moveIntoPlace(fs, temporary, target, overwrite)
  } catch (error) {
    await handle.close().catch(() => undefined)
    await fs.unlink(temporary).catch(() => undefined)
    throw error
  }
  return { path: target, filename, size }
}

/** Writes the stream to the open file, closes it, and answers the bytes written. */
async function writeStream(handle: FileHandle, stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader()
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      await handle.write(value)
      size += value.length
    }
    await handle.sync()
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    throw error
  }
  await handle.close()
  return size
}

/**
 * Gives the finished file its name. Without `overwrite`, a hard link claims the name atomically (it fails
 * if the name exists, even when another process creates it meanwhile); file systems without hard links
 * fall back to an exclusive copy, which refuses an existing name just the same.
 */
async function moveIntoPlace(fs: FsPromises, temporary: string, target: string, overwrite: boolean) {
  if (overwrite) {
    await fs.rename(temporary, target)
    return
  }
  try {
    await fs.link(temporary, target)
  } catch (error) {
    if (codeOf(error) === 'EEXIST') throw fileExists(target, error)
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV', 'EOPNOTSUPP'].includes(codeOf(error) ?? '')) throw error
    try {
      await fs.copyFile(temporary, target, fs.constants.COPYFILE_EXCL)
    } catch (copyError) {
      throw codeOf(copyError) === 'EEXIST' ? fileExists(target, copyError) : copyError
    }
  }
  await fs.unlink(temporary)
}

function fileExists(target: string, cause: unknown): Error {
  return Object.assign(
    new Error(
      `saveToFile: ${target} already exists and was left as it is; pass { overwrite: true } to replace it`,
      {
        cause,
      },
    ),
    { code: 'EEXIST' },
  )
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
