using System.Globalization;

using Waymark.Evaluation;
using Waymark.Ratings;

namespace Waymark.Cli.Evaluate;

/// <summary>The documented columns of <c>waymark evaluate</c>'s csv and json output, in order.</summary>
internal static class EvaluationColumns
{
    public static IReadOnlyList<string> Names { get; } =
        ["indicator", "period", "value", "target", "rating", "reason", "direction", "previous_value", "predicted_year_end", "predicted_rating"];

    /// <summary>Which columns hold numbers (written as JSON numbers).</summary>
    public static IReadOnlySet<string> Numeric { get; } = new HashSet<string> { "value", "target", "previous_value", "predicted_year_end" };

    /// <summary>The fields of one row; null where nothing exists. Numbers carry the indicator's decimals.</summary>
    public static string?[] Fields(IndicatorEvaluation e) =>
    [
        e.Indicator.Code,
        e.Period.ToString(),
        Number(e, e.Value),
        Number(e, e.Target?.Value),
        e.Rating.Rating.ToCode(),
        e.Rating.Reason?.ToCode(),
        e.Direction.ToCode(),
        Number(e, e.PreviousValue),
        Number(e, e.Forecast?.Value),
        e.PredictedRating.Rating.ToCode(),
    ];

    public static string? Number(IndicatorEvaluation e, decimal? value) =>
        value is { } v ? e.Indicator.Round(v).ToString(CultureInfo.InvariantCulture) : null;
}
