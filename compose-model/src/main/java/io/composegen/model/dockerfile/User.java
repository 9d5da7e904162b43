package io.composegen.model.dockerfile;

/**
 * A {@code USER} instruction: the user, and optionally the group, that later instructions and the container run
 * as; immutable.
 *
 * @param user a user name or numeric id, one word without {@code :}; never null
 * @param group a group name or numeric id; null to use the user's primary group
 */
public record User(String user, String group) implements Instruction {

  /** Checks user and group. */
  public User {
    Checks.word(user, "user");
    if (user.contains(":")) {
      throw new IllegalArgumentException("user \"" + user + "\" must not contain ':'; give the group separately");
    }
    if (group != null) {
      Checks.word(group, "user.group");
      if (group.contains(":")) {
        throw new IllegalArgumentException("user.group \"" + group + "\" must not contain ':'");
      }
    }
  }

  /** Returns a USER with numeric ids, {@code uid:gid}. */
  public static User of(int uid, int gid) {
    if (uid < 0 || gid < 0) {
      throw new IllegalArgumentException("user ids must not be negative, got " + uid + ":" + gid);
    }
    return new User(Integer.toString(uid), Integer.toString(gid));
  }

  /** Parses {@code user[:group]}. */
  public static User parse(String text) {
    java.util.Objects.requireNonNull(text, "user");
    int colon = text.indexOf(':');
    return colon < 0 ? new User(text, null) : new User(text.substring(0, colon), text.substring(colon + 1));
  }

  /** Tells whether this is the superuser: the name {@code root} or the id {@code 0} (leading zeros allowed). */
  public boolean isRoot() {
    return user.equals("root") || user.matches("0+");
  }

  /** Tells whether user and, if given, group are numeric ids, which work without an entry in /etc/passwd. */
  public boolean isNumeric() {
    return user.matches("[0-9]+") && (group == null || group.matches("[0-9]+"));
  }

  /** Returns {@code user[:group]} as written after {@code USER} or {@code --chown=}. */
  public String spec() {
    return group == null ? user : user + ":" + group;
  }

  @Override
  public String keyword() {
    return "USER";
  }
}
