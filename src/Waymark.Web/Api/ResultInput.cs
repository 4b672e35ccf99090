namespace Waymark.Web.Api;

/// <summary>
/// A result written through the API: the same fields as the quarterly return. Numbers may be JSON numbers or text
/// such as <c>"87.4"</c>; <see cref="Version"/> is the version read, required to replace a stored result.
/// </summary>
public sealed record ResultInput(
    string Period,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    decimal? PredictedYearEnd,
    string? DataQuality,
    string? DataQualityNote,
    string? Commentary,
    int? Version);
