using System.Text.Json.Serialization;

using Waymark.Ratings;

namespace Waymark.Reporting.Content;

/// <summary>An indicator's result for the report's period (<paramref name="HasResult"/> says whether there is one) with everything the rules say about it, and its comparators; <paramref name="Definition"/> is the definition in words, when there is one.</summary>
public sealed record IndicatorLine(
    string Code,
    string Title,
    string Unit,
    string Polarity,
    int Decimals,
    string? Priority,
    decimal? Value,
    decimal? Target,
    Rating Rating,
    string? NotRatedReason,
    DirectionOfTravel Direction,
    decimal? PreviousValue,
    decimal? PredictedYearEnd,
    string? PredictionBasis,
    decimal? AnnualTarget,
    Rating PredictedRating,
    Comparators Comparators,
    bool Withheld,
    bool Provisional,
    string? Commentary,
    bool HasResult,
    string? Definition = null)
{
    /// <summary>
    /// The statistical process control words of the latest point of the indicator's control chart up to the period:
    /// its variation icon and its assurance icon, or why none is shown. Built again with the report, never frozen with it.
    /// </summary>
    [JsonIgnore]
    public string? Variation { get; init; }

    /// <summary>Whether the latest point of the indicator's control chart is a special cause of concern.</summary>
    [JsonIgnore]
    public bool SpecialCauseOfConcern { get; init; }
}
