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

    /// <summary>The store as it is now, read when it has changed since it was last read.</summary>
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
                    entry = new Entry(generation, now, Task.Run(() => PerformanceSnapshot.LoadAsync(options, clock, CancellationToken.None), CancellationToken.None));
                    current = entry;
                }
            }
        }

        return entry!.Snapshot.WaitAsync(cancellationToken);
    }

    private static bool Fresh(Entry? entry, long generation, DateTimeOffset now) =>
        entry is not null && entry.Generation == generation && now - entry.Read < MaxAge && !entry.Snapshot.IsFaulted && !entry.Snapshot.IsCanceled;

    private sealed record Entry(long Generation, DateTimeOffset Read, Task<PerformanceSnapshot> Snapshot);
}
