using Waymark.Summaries;

namespace Waymark.Web.Api;

/// <summary>How many indicators are red, amber, green and unable to traffic light.</summary>
public sealed record RatingCountsJson(int Red, int Amber, int Green, int NotRated, int Total)
{
    public static RatingCountsJson From(RatingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Red, summary.Amber, summary.Green, summary.NotRated, summary.Total);
    }
}
