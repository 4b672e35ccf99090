namespace Waymark.Web.Reports;

/// <summary>One moment for every file of a publication, so that the files published together share their time.</summary>
internal sealed class PublishingClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
