/** Origin of the tracker's own writes (records, history, attribution): never counted as a person's edit. */
export const TRACKING_ORIGIN: unique symbol = Symbol('gesprek-field-tracking');
