package org.ccgdiag.room;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The room's HTTP surface on Javalin (Jetty 12), and nothing more: {@code GET /CODE/} (the page,
 * and the member's cookie on first load), {@code GET /CODE/api/state} and {@code POST
 * /CODE/api/vote}. One gate in front of every request refuses a foreign Host or Origin (403) and
 * more than 10 requests a second from one member or, before a cookie, one address (429); any other
 * path or method is a 404 with no body, and so is every error Javalin or Jetty would otherwise
 * describe. The CODE's letters match in either case on the page's address, which redirects to the
 * capital form where the cookie lives; the API paths must be exact.
 */
final class RoomServer {
  static final String COOKIE = "member";
  static final int REQUESTS_PER_SECOND = 10;

  /** Wrong-code requests from all addresses together, per second: what bounds guessing the CODE. */
  static final int WRONG_CODES_PER_SECOND = 10;

  private static final String MEMBER = "ccg-room-member";
  private static final String FULL_PAGE =
      "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Room full</title>"
          + "<p>Sorry: this room already has 100 phones, which is as many as it takes. Please share a screen with a colleague.</p></html>";

  private final RoomState state;
  private final RoomListener listener;
  private final RoomSettings settings;
  private final String code;
  private final PhonePage page = PhonePage.load();
  private final RateLimits perMember = new RateLimits(REQUESTS_PER_SECOND);
  private final RateLimits wrongCodes = new RateLimits(WRONG_CODES_PER_SECOND);
  // Listener calls one at a time, in the order of the changes they report (held across both).
  private final ReentrantLock deliveries = new ReentrantLock(true);
  private final Javalin app;
  private volatile String authority = "";

  private RoomServer(RoomSettings settings, String code, RoomState state, RoomListener listener) {
    this.settings = settings;
    this.code = code;
    this.state = state;
    this.listener = listener;
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.startup.startupWatcherEnabled = false;
              config.router.ignoreTrailingSlashes = false;
              config.http.compressionStrategy = CompressionStrategy.NONE;
              // A workshop is at most 100 phones polling once a second: a few threads are plenty.
              QueuedThreadPool threads = new QueuedThreadPool(16, 2, 30_000);
              threads.setName("ccg-room");
              threads.setDaemon(true);
              config.jetty.threadPool = threads;
              config.jetty.addConnector(
                  (server, http) -> {
                    http.setSendServerVersion(false);
                    http.setSendXPoweredBy(false);
                    ServerConnector connector =
                        new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
                    connector.setHost(settings.address().getHostAddress());
                    connector.setPort(settings.port());
                    return connector;
                  });
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(new SilentErrors());
                    server.setStopTimeout(0);
                  });
              config.jetty.modifyServletContextHandler(
                  context -> {
                    context.setErrorHandler(new SilentErrors.InServlets());
                    // A request with no path ("OPTIONS #x") would get Jetty's 301 to "//": let the
                    // gate refuse it.
                    context.setAllowNullPathInContext(true);
                  });
              config.routes.before(this::gate);
              config.routes.get("/" + code + "/", this::page);
              config.routes.get("/" + code + "/api/state", this::state);
              config.routes.post("/" + code + "/api/vote", this::vote);
              // Every refusal and every error: its status, no body (nothing about the server or the
              // request).
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> ctx.status(e.getStatus() == 405 ? 404 : e.getStatus()).result(""));
              config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).result(""));
            });
  }

  static RoomServer start(
      RoomSettings settings, String code, RoomState state, RoomListener listener)
      throws IOException {
    if (settings.address().isAnyLocalAddress() || settings.address().isMulticastAddress()) {
      throw new IOException(
          "a room needs one address of this machine that phones can reach, not "
              + settings.address().getHostAddress());
    }
    RoomServer server = new RoomServer(settings, code, state, listener);
    try {
      server.app.start();
    } catch (RuntimeException e) {
      server.stop();
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new IOException(
          "cannot listen on " + host(settings) + ":" + settings.port() + ": " + cause.getMessage(),
          e);
    }
    server.authority = host(settings) + ":" + server.app.port();
    return server;
  }

  /** The address and port phones use, as in their Host header. */
  String authority() {
    return authority;
  }

  void stop() {
    app.stop();
  }

  private static String host(RoomSettings settings) {
    String address = settings.address().getHostAddress();
    if (settings.address() instanceof Inet6Address) {
      int scope = address.indexOf('%');
      return "[" + compressed(scope < 0 ? address : address.substring(0, scope)) + "]";
    }
    return address;
  }

  /**
   * An IPv6 address in its shortest form (RFC 5952: the longest run of two or more zero groups as
   * {@code ::}), as browsers write it in the Host header; Java writes every group.
   */
  static String compressed(String full) {
    String[] groups = full.split(":");
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < groups.length; i++) {
      int j = i;
      while (j < groups.length && groups[j].equals("0")) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
    }
    if (bestStart < 0) {
      return full;
    }
    return String.join(":", Arrays.copyOfRange(groups, 0, bestStart))
        + "::"
        + String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
  }

  /**
   * Runs before every request: headers, Host, Origin, rate, then the path; the routes see only what
   * passed.
   */
  private void gate(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Content-Security-Policy", PhonePage.nothingPolicy());
    String origin = ctx.header("Origin");
    if (!authority.equalsIgnoreCase(ctx.header("Host"))
        || origin != null && !origin.equalsIgnoreCase("http://" + authority)) {
      throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode());
    }
    String token = ctx.cookie(COOKIE);
    boolean member = state.isMember(token);
    if (!perMember.allow(member ? "member " + token : "address " + ctx.req().getRemoteAddr())) {
      throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode());
    }
    if (member) {
      ctx.attribute(MEMBER, token);
    }
    String method = ctx.req().getMethod();
    String path = ctx.path();
    String home = "/" + code + "/";
    boolean get = method.equals("GET");
    if (get && (path.equals(home) || path.equals(home + "api/state"))
        || method.equals("POST") && path.equals(home + "api/vote")) {
      return;
    }
    if (get && (path.equalsIgnoreCase(home) || path.equalsIgnoreCase("/" + code))) {
      ctx.redirect(home, HttpStatus.SEE_OTHER);
      return;
    }
    throw new HttpResponseException(
        wrongCodes.allow("all")
            ? HttpStatus.NOT_FOUND.getCode()
            : HttpStatus.TOO_MANY_REQUESTS.getCode());
  }

  private void page(Context ctx) {
    if (ctx.attribute(MEMBER) == null) {
      Optional<String> token = join();
      if (token.isEmpty()) {
        ctx.status(HttpStatus.FORBIDDEN).html(FULL_PAGE);
        return;
      }
      ctx.header(
          "Set-Cookie",
          COOKIE + "=" + token.get() + "; Path=/" + code + "/; HttpOnly; SameSite=Strict");
    }
    ctx.header("Content-Security-Policy", page.contentSecurityPolicy);
    ctx.contentType("text/html; charset=utf-8").result(page.html);
  }

  private Optional<String> join() {
    deliveries.lock();
    try {
      Optional<String> token = state.join();
      if (token.isPresent()) {
        listener.countsChanged(state.joined(), state.voted());
      }
      return token;
    } finally {
      deliveries.unlock();
    }
  }

  private void state(Context ctx) {
    String member = ctx.attribute(MEMBER);
    if (member == null) {
      throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode());
    }
    ctx.contentType("application/json").result(RoomJson.state(state.view(member), settings));
  }

  private void vote(Context ctx) throws IOException {
    String member = ctx.attribute(MEMBER);
    if (member == null) {
      throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode());
    }
    RoomJson.VoteRequest vote =
        RoomJson.vote(body(ctx))
            .orElseThrow(() -> new HttpResponseException(HttpStatus.BAD_REQUEST.getCode()));
    deliveries.lock();
    try {
      RoomState.Accepted accepted =
          state
              .vote(member, vote.question(), vote.key())
              .orElseThrow(() -> new HttpResponseException(HttpStatus.BAD_REQUEST.getCode()));
      listener.voted(accepted.questionId(), accepted.distribution(), accepted.voters());
      if (accepted.votedChanged()) {
        listener.countsChanged(accepted.joined(), accepted.voted());
      }
    } finally {
      deliveries.unlock();
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /**
   * The body, at most {@link RoomJson#MAX_BODY} bytes; a longer one (declared or sent) is a 413
   * without reading it all.
   */
  private static byte[] body(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > RoomJson.MAX_BODY) {
      throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode());
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes(RoomJson.MAX_BODY + 1);
      if (body.length > RoomJson.MAX_BODY) {
        throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode());
      }
      return body;
    } catch (IOException e) {
      // The body ended before its declared length (found by RoomFuzzTest): the request's fault, not
      // the server's.
      throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode());
    }
  }
}
