namespace Waymark.Notices;

/// <summary>
/// How long a notice that could not be sent waits before the next attempt: one minute after the first failure,
/// doubling with each further failure, and never more than an hour. A notice is never given up: it waits for the
/// mail server to come back.
/// </summary>
public static class RetrySchedule
{
    /// <summary>The longest wait between attempts.</summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromHours(1);

    /// <summary>The wait after <paramref name="failures"/> failed attempts (at least 1).</summary>
    public static TimeSpan After(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        return failures > 7 ? Longest : TimeSpan.FromMinutes(Math.Min(Longest.TotalMinutes, Math.Pow(2, failures - 1)));
    }
}
