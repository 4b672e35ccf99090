
namespace Waymark.Results;

/// <summary>
/// An indicator's result for one period: the value a reader sees (already rounded to the indicator's decimals),
/// the numerator and denominator it came from where it is a ratio, the officer's predicted year end, the data
/// quality flag and the commentary. Create one with <see cref="ResultValues.TryResolve"/> so the value follows the
/// rules.
/// </summary>
/// <param name="Value">The value, rounded half up to the indicator's decimals; <see langword="null"/> when there is none.</param>
/// <param name="Numerator">The numerator, when the value is a ratio.</param>
/// <param name="Denominator">The denominator, when the value is a ratio.</param>
/// <param name="PredictedYearEnd">The officer's predicted year-end value, rounded like the value, when given.</param>
/// <param name="DataQuality">Whether the result is fit to rate.</param>
/// <param name="Commentary">The officer's explanation.</param>
public sealed record IndicatorResult(
    decimal? Value,
    decimal? Numerator = null,
    decimal? Denominator = null,
    decimal? PredictedYearEnd = null,
    DataQuality DataQuality = DataQuality.Ok,
    string? Commentary = null)
{
    /// <summary>Whether the result can be judged: it has a value and is not withheld.</summary>
    public bool IsJudgeable => Value is not null && DataQuality != DataQuality.Withheld;
}
