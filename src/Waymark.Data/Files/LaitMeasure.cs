using Waymark.Indicators;

namespace Waymark.Data.Files;

/// <summary>A measure of LAIT's data dictionary.</summary>
/// <param name="Definition">The measure as an indicator: its code is LAIT's <c>Measure_short</c>, the <c>Short Desc</c> of the data.</param>
/// <param name="Topics">The LAIT topics it is listed under, in file order (some measures are under two).</param>
public sealed record LaitMeasure(IndicatorDefinition Definition, IReadOnlyList<string> Topics);
