using Waymark.Data.Measures;
using Waymark.Indicators;

namespace Waymark.Web.Api;

/// <summary>
/// An indicator's definition, as <c>GET /api/indicators/{id}</c> gives it; <c>minimum</c> and <c>maximum</c> are the
/// range its values take (its own or its unit's), null for an end with no limit.
/// </summary>
public sealed record IndicatorJson(
    int Id,
    string Code,
    string Title,
    string? Definition,
    string Unit,
    string Polarity,
    string Frequency,
    string Aggregation,
    string Tolerance,
    int Decimals,
    string YearType,
    decimal? Minimum,
    decimal? Maximum,
    string? IndicatorSet,
    string? Owner,
    int Version,
    IReadOnlyList<string> Boards,
    IReadOnlyList<string> Priorities)
{
    /// <summary>The stored <paramref name="indicator"/> with its definition in the words of <c>indicators.csv</c>.</summary>
    public static IndicatorJson From(Indicator indicator, string? owner, IEnumerable<string> boards, IEnumerable<string> priorities)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        StoredDefinition d = indicator.Definition;
        ValueRange range = indicator.ToDefinition().Range;
        return new(
            indicator.Id,
            indicator.Code,
            d.Title,
            d.Text,
            d.Unit.ToCode(),
            d.Polarity.ToCode(),
            d.Frequency.ToCode(),
            d.Aggregation.ToCode(),
            d.Tolerance.ToString(),
            d.Decimals,
            d.YearType.ToCode(),
            range.Minimum,
            range.Maximum,
            indicator.IndicatorSet,
            owner,
            indicator.Version,
            [.. boards.Order(StringComparer.Ordinal)],
            [.. priorities.Order(StringComparer.Ordinal)]);
    }
}
