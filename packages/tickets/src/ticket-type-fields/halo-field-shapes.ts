/*
 * The parts of Halo's ticket-type payload that field flattening reads, typed structurally so that both the
 * generated `RequestType` schema types and hand-written test data fit. Every key is optional and nullable
 * because the spec marks them so and real responses omit many (see test/fixtures/ticket-type-with-fields.json).
 */

/** `Lookup`: one selectable value of a lookup field. */
export interface HaloLookupValue {
  id?: number | null | undefined
  name?: string | null | undefined
  sequence?: number | null | undefined
  inactive?: boolean | null | undefined
}

/** `FieldInfo`: the definition of a field, shared by every ticket type that shows it. */
export interface HaloFieldInfo {
  id?: number | null | undefined
  name?: string | null | undefined
  label?: string | null | undefined
  labellong?: string | null | undefined
  type?: number | null | undefined
  inputtype?: number | null | undefined
  mandatory?: boolean | null | undefined
  /** The lookup list (`GET /Lookup?lookupid=`) a select field draws its values from. */
  lookup?: number | null | undefined
  faults_field_name?: string | null | undefined
  values?: readonly HaloLookupValue[] | null | undefined
}

/** `FieldGroup`: a titled group; its `fields` are more rows (which may be groups again). */
export interface HaloFieldGroup {
  id?: number | null | undefined
  header?: string | null | undefined
  fields?: readonly HaloRequestTypeField[] | null | undefined
}

/** `RequestTypeField`: one row of a ticket type's field list. `fieldid` 0 marks a group container. */
export interface HaloRequestTypeField {
  id?: number | null | undefined
  fieldid?: number | null | undefined
  seq?: number | null | undefined
  /** Agent, new-ticket screen. */
  technew?: number | null | undefined
  /** Agent, ticket-details screen. */
  techdetail?: number | null | undefined
  /** End user, new-ticket screen. */
  endusernew?: number | null | undefined
  /** End user, ticket-details screen. */
  enduserdetail?: number | null | undefined
  override_fieldname?: string | null | undefined
  fieldinfo?: HaloFieldInfo | null | undefined
  group?: HaloFieldGroup | null | undefined
}

/** `CategoryRestriction`: one category allowed on a ticket type when `allowall_categoryN` is false. */
export interface HaloCategoryRestriction {
  category_id?: number | null | undefined
}

/** A ticket type fetched with `includedetails=true` (`RequestType`). */
export interface HaloTicketTypeWithFields {
  id?: number | null | undefined
  name?: string | null | undefined
  fields?: readonly HaloRequestTypeField[] | null | undefined
  allowall_category1?: boolean | null | undefined
  allowall_category2?: boolean | null | undefined
  allowall_category3?: boolean | null | undefined
  allowall_category4?: boolean | null | undefined
  allowed_category1?: readonly HaloCategoryRestriction[] | null | undefined
  allowed_category2?: readonly HaloCategoryRestriction[] | null | undefined
  allowed_category3?: readonly HaloCategoryRestriction[] | null | undefined
  allowed_category4?: readonly HaloCategoryRestriction[] | null | undefined
}

/** `CategoryDetail` from `GET /Category?type_id=n`. `value` is the text a ticket's `category_n` holds. */
export interface HaloCategory {
  id: number
  value?: string | null | undefined
  category_name?: string | null | undefined
  type_id?: number | null | undefined
}
