package io.composegen.model.units;

/** What the parsers of sizes and durations share: how many digits a number may have, how a text is quoted. */
final class UnitTexts {

  /** The most digits a number of a size or duration may have: no value needs more, and a million take minutes. */
  static final int MAX_DIGITS = 40;
  /** The most characters of a text an error message repeats. */
  private static final int SHOWN = 60;

  private UnitTexts() {}

  /** Returns {@code text}, cut after its first 60 characters, for an error message. */
  static String shown(String text) {
    return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
  }
}
