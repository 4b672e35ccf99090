using System.Diagnostics.CodeAnalysis;

namespace Waymark.Intervals;

/// <summary>
/// The words that stand for confidence levels, interval methods and comparisons with a benchmark on the command
/// line, in files and in the API (<c>95</c>, <c>99.8</c>, <c>wilson</c>, <c>much_better</c>), and the words people
/// read ("Similar to England").
/// </summary>
public static class IntervalCodes
{
    /// <summary>The accepted confidence level words, separated by <c>|</c>.</summary>
    public const string LevelChoices = "95|99.8";

    /// <summary>The word for a level: <c>95</c> or <c>99.8</c>.</summary>
    public static string ToCode(this ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.Percent95 => "95",
        ConfidenceLevel.Percent99Point8 => "99.8",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown confidence level."),
    };

    /// <summary>Reads <c>95</c> or <c>99.8</c>, with or without a trailing <c>%</c>, ignoring surrounding spaces.</summary>
    public static bool TryParseLevel([NotNullWhen(true)] string? text, out ConfidenceLevel level)
    {
        string trimmed = (text ?? string.Empty).Trim().TrimEnd('%');
        (bool ok, level) = trimmed switch
        {
            "95" => (true, ConfidenceLevel.Percent95),
            "99.8" => (true, ConfidenceLevel.Percent99Point8),
            _ => (false, ConfidenceLevel.Percent95),
        };
        return ok;
    }

    /// <summary>The word for a method: <c>wilson</c>, <c>byar</c> or <c>exact_poisson</c>.</summary>
    public static string ToCode(this IntervalMethod method) => method switch
    {
        IntervalMethod.WilsonScore => "wilson",
        IntervalMethod.Byar => "byar",
        IntervalMethod.ExactPoisson => "exact_poisson",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
    };

    /// <summary>The method as people read it: "Wilson score", "Byar's method", "exact Poisson".</summary>
    public static string ToLabel(this IntervalMethod method) => method switch
    {
        IntervalMethod.WilsonScore => "Wilson score",
        IntervalMethod.Byar => "Byar's method",
        IntervalMethod.ExactPoisson => "exact Poisson",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
    };

    /// <summary>
    /// The word for a comparison: <c>much_better</c>, <c>better</c>, <c>similar</c>, <c>worse</c>,
    /// <c>much_worse</c> or <c>not_compared</c>.
    /// </summary>
    public static string ToCode(this BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.NotCompared => "not_compared",
        BenchmarkOutcome.MuchBetter => "much_better",
        BenchmarkOutcome.Better => "better",
        BenchmarkOutcome.Similar => "similar",
        BenchmarkOutcome.Worse => "worse",
        BenchmarkOutcome.MuchWorse => "much_worse",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown comparison."),
    };

    /// <summary>
    /// The word for a place on a funnel plot: <c>within</c>, <c>above_95</c>, <c>above_998</c>, <c>below_95</c> or
    /// <c>below_998</c>.
    /// </summary>
    public static string ToCode(this FunnelPosition position) => position switch
    {
        FunnelPosition.Within => "within",
        FunnelPosition.Above95 => "above_95",
        FunnelPosition.Above998 => "above_998",
        FunnelPosition.Below95 => "below_95",
        FunnelPosition.Below998 => "below_998",
        _ => throw new ArgumentOutOfRangeException(nameof(position), position, "Unknown funnel position."),
    };

    /// <summary>
    /// A place on a funnel plot as it reads inside a sentence: "within the 95% limits", "above the 95% limits",
    /// "below the 99.8% limits".
    /// </summary>
    public static string ToPhrase(this FunnelPosition position) => position switch
    {
        FunnelPosition.Within => "within the 95% limits",
        FunnelPosition.Above95 => "above the 95% limits",
        FunnelPosition.Above998 => "above the 99.8% limits",
        FunnelPosition.Below95 => "below the 95% limits",
        FunnelPosition.Below998 => "below the 99.8% limits",
        _ => throw new ArgumentOutOfRangeException(nameof(position), position, "Unknown funnel position."),
    };

    /// <summary>
    /// The comparison as people read it beside a benchmark named <paramref name="benchmark"/> ("England", "the
    /// region", "statistical neighbours"): "Similar to England", "Better than England", "Much worse than the region",
    /// "Not compared with England". The benchmark's name is kept as given.
    /// </summary>
    public static string ToLabel(this BenchmarkOutcome outcome, string benchmark)
    {
        string phrase = outcome.ToPhrase(benchmark);
        return char.ToUpperInvariant(phrase[0]) + phrase[1..];
    }

    /// <summary>
    /// The comparison as it reads inside a sentence, beside a benchmark named <paramref name="benchmark"/>: "similar
    /// to England", "much worse than England", "better than all LAs together", "not compared with the region". The
    /// benchmark's name is kept as given, capitals and all.
    /// </summary>
    public static string ToPhrase(this BenchmarkOutcome outcome, string benchmark)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(benchmark);
        return outcome switch
        {
            BenchmarkOutcome.NotCompared => $"not compared with {benchmark}",
            BenchmarkOutcome.MuchBetter => $"much better than {benchmark}",
            BenchmarkOutcome.Better => $"better than {benchmark}",
            BenchmarkOutcome.Similar => $"similar to {benchmark}",
            BenchmarkOutcome.Worse => $"worse than {benchmark}",
            BenchmarkOutcome.MuchWorse => $"much worse than {benchmark}",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown comparison."),
        };
    }
}
