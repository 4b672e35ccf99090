using Waymark.Evaluation;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Web.Returns;

/// <summary>An entered result after its checks: every problem, or the result with what the rules make of it.</summary>
public sealed class ResultCheck
{
    public required IReadOnlyList<ResultEntryError> Errors { get; init; }

    /// <summary>The period, when it could be read (even if another field has a problem).</summary>
    public ReportingPeriod? Period { get; init; }

    public IndicatorResult? Result { get; init; }

    public IndicatorEvaluation? Evaluation { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public string? DataQualityNote { get; init; }

    public bool Valid => Errors.Count == 0;
}
