using System.Text.Json.Serialization;

namespace Waymark.Web.Api;

/// <summary>An LA on a funnel plot: its figures, the limits at its denominator and where it lies against them.</summary>
/// <param name="Area">The LA's three-digit DfE number.</param>
/// <param name="AreaName">The LA's name.</param>
/// <param name="Council">Whether it is the council's own LA.</param>
/// <param name="Count">The count (numerator).</param>
/// <param name="Denominator">What it is counted out of.</param>
/// <param name="Value">The count over the denominator in the measure's unit, at its decimals.</param>
/// <param name="Lower95">The lower 95% limit at its denominator.</param>
/// <param name="Upper95">The upper 95% limit.</param>
/// <param name="Lower998">The lower 99.8% limit.</param>
/// <param name="Upper998">The upper 99.8% limit.</param>
/// <param name="Position">Where it lies: <c>within</c> (the 95% limits, ends included), <c>above_95</c>, <c>above_998</c>, <c>below_95</c> or <c>below_998</c>.</param>
/// <param name="Outcome">What that means by polarity: <c>much_better</c>, <c>better</c>, <c>similar</c>, <c>worse</c>, <c>much_worse</c>, or <c>not_compared</c> for a measure without polarity.</param>
/// <param name="Words">The same as people read it: "within the 95% limits: similar to England".</param>
public sealed record FunnelAreaJson(
    string Area,
    string AreaName,
    bool Council,
    decimal Count,
    decimal Denominator,
    decimal Value,
    [property: JsonPropertyName("lower_95")] decimal Lower95,
    [property: JsonPropertyName("upper_95")] decimal Upper95,
    [property: JsonPropertyName("lower_998")] decimal Lower998,
    [property: JsonPropertyName("upper_998")] decimal Upper998,
    string Position,
    string Outcome,
    string Words);
