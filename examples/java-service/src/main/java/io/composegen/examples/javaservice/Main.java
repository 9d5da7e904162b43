package io.composegen.examples.javaservice;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Executors;

/**
 * A small HTTP service on the JDK's own server that records each visit as a row in PostgreSQL.
 *
 * <ul>
 *   <li>{@code GET /health}: 200 {@code ok} while the database answers, else 503;</li>
 *   <li>{@code GET /visits}: inserts a row and answers with the number of rows, read back, as JSON.</li>
 * </ul>
 *
 * <p>Configured by the environment composegen wires for a PostgreSQL dependency: {@code DATABASE_URL}
 * ({@code postgresql://user@host:port/db}) and {@code DATABASE_PASSWORD_FILE}; {@code PORT} (default 8080).
 */
public final class Main {

  private final String jdbcUrl;
  private final Properties credentials;

  private Main(String jdbcUrl, Properties credentials) {
    this.jdbcUrl = jdbcUrl;
    this.credentials = credentials;
  }

  /**
   * Starts the service.
   *
   * @param args unused
   */
  public static void main(String[] args) throws IOException {
    Main service = fromEnvironment();
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", service::health);
    server.createContext("/visits", service::visits);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    System.out.println("java-service listening on port " + port);
  }

  private static Main fromEnvironment() throws IOException {
    URI url = URI.create(System.getenv().getOrDefault("DATABASE_URL", "postgresql://app@localhost:5432/app"));
    Properties credentials = new Properties();
    if (url.getUserInfo() != null) {
      credentials.setProperty("user", url.getUserInfo().split(":", 2)[0]);
    }
    String passwordFile = System.getenv("DATABASE_PASSWORD_FILE");
    if (passwordFile != null) {
      credentials.setProperty("password", Files.readString(Path.of(passwordFile)).strip());
    }
    int port = url.getPort() < 0 ? 5432 : url.getPort();
    return new Main("jdbc:postgresql://" + url.getHost() + ":" + port + url.getPath(), credentials);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, credentials);
  }

  private void health(HttpExchange exchange) throws IOException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      answer(exchange, 200, "ok\n");
    } catch (SQLException e) {
      answer(exchange, 503, "database unavailable: " + e.getMessage() + "\n");
    }
  }

  private void visits(HttpExchange exchange) throws IOException {
    String agent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
    try (Connection connection = connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS visits (id BIGSERIAL PRIMARY KEY, agent TEXT NOT NULL, "
            + "at TIMESTAMPTZ NOT NULL DEFAULT now())");
      }
      long id;
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO visits (agent) VALUES (?) RETURNING id")) {
        insert.setString(1, agent);
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          id = row.getLong(1);
        }
      }
      long count;
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT count(*) FROM visits")) {
        row.next();
        count = row.getLong(1);
      }
      answer(exchange, 200, "{\"id\": " + id + ", \"visits\": " + count + "}\n");
    } catch (SQLException e) {
      answer(exchange, 500, "{\"error\": \"" + e.getSQLState() + "\"}\n");
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type",
        body.startsWith("{") ? "application/json" : "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
