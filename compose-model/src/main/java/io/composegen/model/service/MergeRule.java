package io.composegen.model.service;

/** How Compose combines an attribute of a later file with the same attribute of an earlier one. */
public enum MergeRule {
  /** The later value replaces the earlier one whole. */
  REPLACE,
  /** Both values are maps of settings, merged setting by setting with rules of their own. */
  NESTED,
  /** A map merged by key; for equal keys the later entry wins (or is merged, where the attribute says so). */
  MERGE_BY_KEY,
  /** A list merged by each element's merge key; for equal keys the later element wins. */
  MERGE_BY_ELEMENT_KEY,
  /** A list appended to, exact duplicates removed. */
  APPEND_UNIQUE,
  /** A list appended to. */
  APPEND
}
