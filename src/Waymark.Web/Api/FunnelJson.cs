using System.Text.Json.Serialization;

using Waymark.Data.Benchmarks;
using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Intervals;

namespace Waymark.Web.Api;

/// <summary>
/// A measure's funnel plot for a period: the centre, every LA's figures with the limits at its denominator and where
/// it lies, and the LAs beyond each limit. Values are at the measure's decimals; the centre and the limits at one more.
/// </summary>
/// <param name="Measure">The measure's code.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Unit">Its unit, such as <c>percent</c>.</param>
/// <param name="Polarity">Which way is better: <c>higher</c>, <c>lower</c> or <c>none</c>.</param>
/// <param name="Period">The period plotted.</param>
/// <param name="Centre">The value the limits are drawn around.</param>
/// <param name="CentreName">What the centre is: <c>England</c>, or <c>all LAs together</c> when England's figure is not published.</param>
/// <param name="Council">The council's own LA, when it is on the plot.</param>
/// <param name="Areas">Every LA plotted, by name.</param>
/// <param name="Beyond998">The LAs beyond the 99.8% limits, highest value first.</param>
/// <param name="Beyond95Only">The LAs beyond the 95% limits but within the 99.8% limits, highest value first.</param>
/// <param name="Omitted">The LAs with figures that could not be plotted, and why.</param>
public sealed record FunnelJson(
    string Measure,
    string Title,
    string Unit,
    string Polarity,
    string Period,
    decimal Centre,
    string CentreName,
    string? Council,
    IReadOnlyList<FunnelAreaJson> Areas,
    [property: JsonPropertyName("beyond_998")] IReadOnlyList<FunnelLaJson> Beyond998,
    [property: JsonPropertyName("beyond_95_only")] IReadOnlyList<FunnelLaJson> Beyond95Only,
    IReadOnlyList<FunnelOmissionJson> Omitted)
{
    /// <summary>The funnel plot of <paramref name="measure"/> as the API writes it.</summary>
    public static FunnelJson From(Indicator measure, IndicatorFunnel funnel)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(funnel);
        IndicatorDefinition definition = measure.ToDefinition();
        int limits = Math.Min(definition.Decimals + 1, IndicatorDefinition.MaxDecimals);
        decimal Limit(decimal value) => ApiNumbers.At(value, limits)!.Value;
        FunnelLaJson La(FunnelPoint p) => new(IndicatorFunnel.AreaCode(p), p.Area.Name, ApiNumbers.At(p.Value, definition)!.Value, p.Outcome.ToCode());
        return new FunnelJson(
            measure.Code,
            definition.Title,
            definition.Unit.ToCode(),
            definition.Polarity.ToCode(),
            funnel.Period.ToString(),
            Limit(funnel.Plot.Centre),
            funnel.CentreName,
            funnel.Council is { } council ? IndicatorFunnel.AreaCode(council) : null,
            [.. funnel.Plot.Points.Select(p => new FunnelAreaJson(
                IndicatorFunnel.AreaCode(p),
                p.Area.Name,
                p == funnel.Council,
                p.Area.Numerator,
                p.Area.Denominator,
                ApiNumbers.At(p.Value, definition)!.Value,
                Limit(p.Limits.Lower95),
                Limit(p.Limits.Upper95),
                Limit(p.Limits.Lower998),
                Limit(p.Limits.Upper998),
                p.Position.ToCode(),
                p.Outcome.ToCode(),
                funnel.Words(p)))],
            [.. funnel.Beyond998.Select(La)],
            [.. funnel.Beyond95Only.Select(La)],
            [.. funnel.Plot.Omitted.Select(o => new FunnelOmissionJson(o.Area.Number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), o.Area.Name, o.Reason))]);
    }
}
