namespace Waymark.Web.Api;

/// <summary>The indicators chosen by the filters, each evaluated for <see cref="Period"/>.</summary>
public sealed record IndicatorListJson(string? Period, IReadOnlyList<IndicatorLineJson> Indicators);
