/**
 * A client contract as `GET /ClientContract` lists it (Halo's `ContractHeader`).
 *
 * Why a local shape: the contract operations and their full `ContractHeader` type live in
 * `@halo/finance`, and `@halo/crm` must not depend on it for one helper. The fields named here are the
 * ones a caller usually reads; every other wire field is still there, typed `unknown`. With
 * `@halo/finance` installed, `contracts(core).get(row.id)` gives the fully typed record.
 */
export interface ClientContractRow {
  readonly id?: number | null
  readonly ref?: string | null
  readonly client_id?: number | null
  readonly client_name?: string | null
  readonly site_id?: number | null
  readonly start_date?: string | null
  readonly end_date?: string | null
  readonly billingdescription?: string | null
  readonly contract_status?: number | null
  readonly expired?: boolean | null
  readonly inactive?: boolean | null
  readonly [wireName: string]: unknown
}
