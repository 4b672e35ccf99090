namespace Waymark.Web.Api;

/// <summary>An indicator's definition, as <c>GET /api/indicators/{id}</c> gives it.</summary>
public sealed record IndicatorJson(
    int Id,
    string Code,
    string Title,
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
    IReadOnlyList<string> Priorities);
