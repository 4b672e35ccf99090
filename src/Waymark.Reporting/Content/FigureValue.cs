namespace Waymark.Reporting.Content;

/// <summary>
/// The number behind a figure cell, for formats that hold numbers rather than text: the <paramref name="Value"/> as the
/// rules worked it out, its <paramref name="Unit"/> as the files' word (<c>percent</c>, <c>rate_per_10000</c>,
/// <c>number</c>) and the <paramref name="Decimals"/> it is shown at.
/// </summary>
public sealed record FigureValue(decimal Value, string Unit, int Decimals);
