using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Waymark.Data.Store;

/// <summary>
/// Counts the changes this process has made to any store, so that what was read from a store can be kept until it
/// changes: every save, committed transaction and statement that writes (through a context opened with
/// <see cref="WaymarkDatabase.Options"/>) advances <see cref="Generation"/>.
/// </summary>
public static class StoreChanges
{
    private static long generation;

    /// <summary>Advances on every change; a copy read while it held one value is out of date once it holds another.</summary>
    public static long Generation => Interlocked.Read(ref generation);

    /// <summary>The interceptor that counts the changes of a context.</summary>
    public static IInterceptor Interceptor { get; } = new StoreChangeInterceptor();

    /// <summary>Records a change made to a store otherwise than through a context.</summary>
    public static void Record() => Interlocked.Increment(ref generation);
}
