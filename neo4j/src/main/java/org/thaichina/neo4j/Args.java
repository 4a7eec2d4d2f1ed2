package org.thaichina.neo4j;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Parses {@code --name value} command-line pairs. */
final class Args {
  private Args() {}

  static Map<String, String> parse(String[] argv) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      String key = argv[i];
      if (!key.startsWith("--") || i + 1 >= argv.length) {
        LocalNeo4j.fail("expected --name value pairs, got '" + key + "'");
      }
      out.put(key.substring(2), argv[++i]);
    }
    return out;
  }

  static String required(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null || value.isBlank()) {
      LocalNeo4j.fail("missing --" + name);
    }
    return value;
  }

  /** Reads sizes such as {@code 512m} or {@code 2g} as bytes. */
  static long bytes(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    char last = t.charAt(t.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }
}
