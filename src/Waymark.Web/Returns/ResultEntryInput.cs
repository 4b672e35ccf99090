namespace Waymark.Web.Returns;

/// <summary>A result as a person or a script entered it, every field as text: the quarterly return's form or the API's body.</summary>
public sealed record ResultEntryInput(
    string? Period,
    string? Value,
    string? Numerator,
    string? Denominator,
    string? PredictedYearEnd,
    string? DataQuality,
    string? DataQualityNote,
    string? Commentary);
