using Waymark.Summaries;

namespace Waymark.Web.Performance;

/// <summary>What the home page shows for one board at one period.</summary>
/// <param name="Id">The board's id; none for the summary of all indicators when no board is set up.</param>
/// <param name="Name">The board.</param>
/// <param name="Current">The ratings of its indicators for the period.</param>
/// <param name="Predicted">The ratings of their predicted year ends.</param>
/// <param name="RedAndAmber">Its red indicators, then its amber ones.</param>
/// <param name="Trackers">Its priorities' red and amber trackers for the period.</param>
public sealed record BoardSummary(
    int? Id,
    string Name, RatingSummary Current, RatingSummary Predicted, IReadOnlyList<EvaluatedIndicator> RedAndAmber, IReadOnlyList<TrackerLine> Trackers);
