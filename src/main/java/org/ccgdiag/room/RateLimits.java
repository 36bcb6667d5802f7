package org.ccgdiag.room;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets by key (a member, or a remote address before a cookie exists): {@code perSecond}
 * requests a second, with bursts of as many. Thread-safe; idle buckets are dropped when the map
 * grows, so a stream of addresses cannot fill the memory.
 */
final class RateLimits {
  private static final int PRUNE_ABOVE = 1_000;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int perSecond;

  RateLimits(int perSecond) {
    this.perSecond = perSecond;
  }

  boolean allow(String key) {
    long now = System.nanoTime();
    if (buckets.size() > PRUNE_ABOVE) {
      buckets.values().removeIf(b -> b.full(now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(perSecond, now)).take(now);
  }

  private static final class Bucket {
    private final int capacity;
    private double tokens;
    private long last;

    Bucket(int capacity, long now) {
      this.capacity = capacity;
      this.tokens = capacity;
      this.last = now;
    }

    synchronized boolean take(long now) {
      refill(now);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized boolean full(long now) {
      refill(now);
      return tokens >= capacity;
    }

    private void refill(long now) {
      tokens = Math.min(capacity, tokens + (now - last) * capacity / 1e9);
      last = now;
    }
  }
}
