package org.thaichina.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs an embedded Neo4j 5.26 Community server with a Bolt connector on loopback.
 *
 * <p>Usage: {@code LocalNeo4j --data DIR --port N [--pagecache SIZE] [--tx-timeout SECONDS]}.
 * The password of user {@code neo4j} comes from the environment variable
 * {@code NEO4J_PASSWORD}, never from the command line, so it does not show in process lists.
 *
 * <p>Prints {@code READY bolt://127.0.0.1:N} on standard output once Bolt accepts connections.
 * Stops cleanly on SIGINT/SIGTERM and also when standard input closes, so that the server
 * never outlives the Node process that started it.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Args.parse(argv);
    Path dataDir = Path.of(Args.required(args, "data")).toAbsolutePath();
    int port = Integer.parseInt(Args.required(args, "port"));
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to at least 8 characters (Neo4j's minimum).");
    }
    long pageCache = Args.bytes(args.getOrDefault("pagecache", "256m"));
    long txTimeoutSeconds = Long.parseLong(args.getOrDefault("tx-timeout", "30"));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            // A runaway query is stopped by the server, not only by the client's timeout.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
            // A local server stops in about a second: the defaults wait up to 10 s for idle
            // Bolt connections, which makes Ctrl-C feel stuck.
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();

    AtomicBoolean stopped = new AtomicBoolean(false);
    CountDownLatch done = new CountDownLatch(1);
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            System.err.println("local-neo4j: shutting down");
            dbms.shutdown();
            done.countDown();
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "local-neo4j-shutdown"));

    try {
      setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
    } catch (RuntimeException e) {
      // Neo4j's own threads would keep the JVM alive: stop the server before failing.
      System.err.println("local-neo4j: could not set the password: " + e.getMessage());
      stop.run();
      System.exit(1);
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    Thread watcher = new Thread(() -> waitForEof(System.in, stop), "local-neo4j-stdin");
    watcher.setDaemon(true);
    watcher.start();
    done.await();
    // Some of Neo4j's pool threads outlive shutdown() and would keep the JVM alive.
    System.exit(0);
  }

  /** Sets the password on every start, so that a changed NEO4J_PASSWORD takes effect. */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to the value it already has: nothing to do then.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static void waitForEof(InputStream in, Runnable stop) {
    try {
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, the same as end of input.
    }
    stop.run();
  }

  static void fail(String message) {
    System.err.println("local-neo4j: " + message);
    System.exit(2);
  }
}
