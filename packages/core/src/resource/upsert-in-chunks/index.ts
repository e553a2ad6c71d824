export type {
  ChunkFailure,
  ChunkRange,
  PostChunk,
  UpsertInChunksOptions,
  UpsertInChunksResult,
} from './upsert-in-chunks.js'
export { DEFAULT_UPSERT_CHUNK_SIZE, upsertInChunks } from './upsert-in-chunks.js'
