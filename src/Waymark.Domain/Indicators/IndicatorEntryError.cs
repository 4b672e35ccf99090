namespace Waymark.Indicators;

/// <summary>Something wrong with one part of an <see cref="IndicatorEntry"/>, said so that a person can fix it.</summary>
/// <param name="Field">The part, named as the column of <c>indicators.csv</c> that holds it: <c>code</c>, ..., <c>year_type</c>.</param>
/// <param name="Message">What is wrong and what to write instead, quoting the text where there is some.</param>
public sealed record IndicatorEntryError(string Field, string Message);
