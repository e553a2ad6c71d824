/*
 * The parts of Halo's ticket-type payload that field flattening reads, typed structurally so that both the
 * generated `RequestType` schema types and hand-written test data fit. Every key is optional and nullable
 * because the spec marks them so and real responses omit many (see samples/tickettype-with-fields…json).
 */

/** `Lookup`: one selectable value of a lookup field. */
export interface HaloLookupValue {
  id?: number | null
  name?: string | null
  sequence?: number | null
  inactive?: boolean | null
}

/** `FieldInfo`: the definition of a field, shared by every ticket type that shows it. */
export interface HaloFieldInfo {
  id?: number | null
  name?: string | null
  label?: string | null
  labellong?: string | null
  type?: number | null
  inputtype?: number | null
  mandatory?: boolean | null
  faults_field_name?: string | null
  values?: readonly HaloLookupValue[] | null
}

/** `FieldGroup`: a titled group; its `fields` are more rows (which may be groups again). */
export interface HaloFieldGroup {
  id?: number | null
  header?: string | null
  fields?: readonly HaloRequestTypeField[] | null
}

/** `RequestTypeField`: one row of a ticket type's field list. `fieldid` 0 marks a group container. */
export interface HaloRequestTypeField {
  id?: number | null
  fieldid?: number | null
  seq?: number | null
  /** Agent, new-ticket screen. */
  technew?: number | null
  /** Agent, ticket-details screen. */
  techdetail?: number | null
  /** End user, new-ticket screen. */
  endusernew?: number | null
  /** End user, ticket-details screen. */
  enduserdetail?: number | null
  override_fieldname?: string | null
  fieldinfo?: HaloFieldInfo | null
  group?: HaloFieldGroup | null
}

/** `CategoryRestriction`: one category allowed on a ticket type when `allowall_categoryN` is false. */
export interface HaloCategoryRestriction {
  category_id?: number | null
}

/** A ticket type fetched with `includedetails=true` (`RequestType`). */
export interface HaloTicketTypeWithFields {
  id?: number | null
  name?: string | null
  fields?: readonly HaloRequestTypeField[] | null
  allowall_category1?: boolean | null
  allowall_category2?: boolean | null
  allowall_category3?: boolean | null
  allowall_category4?: boolean | null
  allowed_category1?: readonly HaloCategoryRestriction[] | null
  allowed_category2?: readonly HaloCategoryRestriction[] | null
  allowed_category3?: readonly HaloCategoryRestriction[] | null
  allowed_category4?: readonly HaloCategoryRestriction[] | null
}

/** `CategoryDetail` from `GET /Category?type_id=n`. `value` is the text a ticket's `category_n` holds. */
export interface HaloCategory {
  id: number
  value?: string | null
  category_name?: string | null
  type_id?: number | null
}
