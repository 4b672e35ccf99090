namespace Waymark.Web.Api;

/// <summary>
/// Where an LA stands on a measure for a period: the columns of <c>waymark benchmark</c>'s CSV, with the LA's name.
/// </summary>
public sealed record BenchmarkJson(
    string Measure,
    string Period,
    string Area,
    string AreaName,
    decimal? Value,
    decimal? England,
    decimal? Region,
    decimal? StatisticalNeighbours,
    int NeighboursWithData,
    int? Rank,
    int Of,
    string? Quartile);
