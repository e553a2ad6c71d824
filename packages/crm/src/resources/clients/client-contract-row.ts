/**
 * A client contract as `GET /ClientContract` lists it (Halo's `ContractHeader`).
 *
 * Why a local shape: the contract operations and their full `ContractHeader` type live in
 * `@halo/finance`, and `@halo/crm` must not depend on it for one helper. The fields named here are the
 * ones a caller usually reads; every other wire field is still there, typed `unknown`. With
 * `@halo/finance` installed, `contracts(core).get(row.id)` gives the fully typed record.
 */
export interface ClientContractRow {
  readonly id?: number | null | undefined
  readonly ref?: string | null | undefined
  readonly client_id?: number | null | undefined
  readonly client_name?: string | null | undefined
  readonly site_id?: number | null | undefined
  readonly start_date?: string | null | undefined
  readonly end_date?: string | null | undefined
  readonly billingdescription?: string | null | undefined
  readonly contract_status?: number | null | undefined
  readonly expired?: boolean | null | undefined
  readonly inactive?: boolean | null | undefined
  readonly [wireName: string]: unknown
}
