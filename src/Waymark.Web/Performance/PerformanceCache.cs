using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Web.Performance;

/// <summary>
/// Keeps what the home page, the indicator list and the indicator pages show, read from the store and evaluated by
/// the rules once, until the store changes: any change made through this process (a return entered, a target
/// changed, an upload imported) is counted by <see cref="StoreChanges"/> and makes the next request read the store
/// again. Changes made by another process on the same store (the <c>waymark</c> command) are seen within
/// <see cref="MaxAge"/>.
/// </summary>
public sealed class PerformanceCache(DbContextOptions<WaymarkDb> options, TimeProvider clock)
{
    /// <summary>How long a copy is kept at most, for changes that this process does not see being made.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private Entry? current;

    /// <summary>
    /// The store as it is now, read again when this process has changed it since it was last read. When it is only
    /// older than <see cref="MaxAge"/>, it is read again while the copy held is still given out.
    /// </summary>
    public Task<PerformanceSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        long generation = StoreChanges.Generation;
        DateTimeOffset now = clock.GetUtcNow();
        Entry? entry = current;
        if (!Fresh(entry, generation, now))
        {
            lock (gate)
            {
                entry = current;
                if (!Fresh(entry, generation, now))
                {
                    PerformanceSnapshot? stale = entry is not null && entry.Generation == generation && entry.Snapshot.IsCompletedSuccessfully
                        ? entry.Snapshot.Result
                        : null;
                    entry = new Entry(generation, now, Task.Run(() => PerformanceSnapshot.LoadAsync(options, clock, CancellationToken.None), CancellationToken.None), stale);
                    current = entry;
                }
            }
        }

        return entry!.Stale is { } held && !entry.Snapshot.IsCompletedSuccessfully
            ? Task.FromResult(held)
            : entry.Snapshot.WaitAsync(cancellationToken);
    }

    private static bool Fresh(Entry? entry, long generation, DateTimeOffset now) =>
        entry is not null && entry.Generation == generation && now - entry.Read < MaxAge && !entry.Snapshot.IsFaulted && !entry.Snapshot.IsCanceled;

    /// <param name="Generation">The value of <see cref="StoreChanges.Generation"/> before the store was read.</param>
    /// <param name="Read">When the store was read.</param>
    /// <param name="Snapshot">The reading.</param>
    /// <param name="Stale">The copy read before, of the same generation, given out until the reading is done.</param>
    private sealed record Entry(long Generation, DateTimeOffset Read, Task<PerformanceSnapshot> Snapshot, PerformanceSnapshot? Stale);
}
