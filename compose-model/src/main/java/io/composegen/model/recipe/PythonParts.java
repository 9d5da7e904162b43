package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Healthcheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the Python recipes share. */
final class PythonParts {

  /** Build outputs and local environments of Python projects. */
  static final List<String> DOCKERIGNORE = List.of(
      "**/__pycache__/",
      "**/*.py[cod]",
      ".venv/",
      "venv/",
      ".pytest_cache/",
      ".mypy_cache/",
      ".ruff_cache/",
      ".tox/",
      ".coverage",
      "htmlcov/",
      "*.egg-info/",
      "dist/");

  /** No .pyc files in the image, and output straight to the log. */
  static final Map<String, String> RUNTIME_ENV;

  static {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    env.put("PYTHONUNBUFFERED", "1");
    RUNTIME_ENV = java.util.Collections.unmodifiableMap(env);
  }

  private PythonParts() {}

  /** Returns a healthcheck that requests the path with urllib, failing on errors and non-2xx/3xx answers. */
  static Healthcheck healthcheck(int port, String path) {
    return Parts.healthcheck("python", "-c",
        "import urllib.request; urllib.request.urlopen('" + Parts.localUrl(port, path) + "', timeout=4)");
  }
}
