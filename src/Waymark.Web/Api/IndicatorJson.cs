using Waymark.Data.Measures;
using Waymark.Indicators;

namespace Waymark.Web.Api;

/// <summary>An indicator's definition, as <c>GET /api/indicators/{id}</c> gives it.</summary>
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
            indicator.IndicatorSet,
            owner,
            indicator.Version,
            [.. boards.Order(StringComparer.Ordinal)],
            [.. priorities.Order(StringComparer.Ordinal)]);
    }
}
