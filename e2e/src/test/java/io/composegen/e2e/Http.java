package io.composegen.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP calls to the stacks' published ports, on 127.0.0.1 only. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .proxy(HttpClient.Builder.NO_PROXY)
      .build();

  private Http() {}

  static HttpResponse<String> send(String method, int port, String path) throws IOException {
    return send(method, port, path, java.util.Map.of());
  }

  /** Sends {@code method path} to the port with the given extra request headers, e.g. {@code Authorization}. */
  static HttpResponse<String> send(String method, int port, String path, java.util.Map<String, String> headers)
      throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(15))
        .header("User-Agent", "composegen-e2e")
        .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Retries until the port answers {@code method path} with a 2xx status, for at most {@code limit}. */
  static HttpResponse<String> await(String method, int port, String path, Duration limit) {
    return await(method, port, path, limit, body -> true);
  }

  /**
   * Retries until the port answers {@code method path} with a 2xx status and a body {@code ready} accepts, for at
   * most {@code limit}: healthy containers can still answer slowly for a moment on a busy machine.
   */
  static HttpResponse<String> await(String method, int port, String path, Duration limit,
      java.util.function.Predicate<String> ready) {
    return await(method, port, path, java.util.Map.of(), limit, ready);
  }

  /** As {@link #await(String, int, String, Duration, java.util.function.Predicate)}, with extra request headers. */
  static HttpResponse<String> await(String method, int port, String path, java.util.Map<String, String> headers,
      Duration limit, java.util.function.Predicate<String> ready) {
    long deadline = System.nanoTime() + limit.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = send(method, port, path, headers);
        if (response.statusCode() / 100 == 2 && ready.test(response.body())) {
          return response;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      }
      ComposeProject.sleep(Duration.ofSeconds(1));
    }
    throw new AssertionError(method + " http://127.0.0.1:" + port + path + " did not succeed within "
        + limit.toSeconds() + " s; last: " + last);
  }
}
