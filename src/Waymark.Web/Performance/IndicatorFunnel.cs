using Waymark.Data.Areas;
using Waymark.Indicators;
using Waymark.Intervals;
using Waymark.Periods;

namespace Waymark.Web.Performance;

/// <summary>
/// Every LA's published figure of an indicator for the latest period in which LAs' counts and denominators are
/// published, on a funnel plot around England's value (<see cref="FunnelPlot"/>), with the council's own LA.
/// </summary>
/// <param name="Period">The period plotted.</param>
/// <param name="CentreName">What the centre is: "England", or "all LAs together" when England's figure is not published.</param>
/// <param name="Plot">The funnel plot.</param>
/// <param name="Council">The council's own LA on the plot; none when it has no figure there or the store has no council.</param>
public sealed record IndicatorFunnel(ReportingPeriod Period, string CentreName, FunnelPlot Plot, FunnelPoint? Council)
{
    /// <summary>A published figure with its count and denominator (an LA's), or England's with or without them, as the store holds it.</summary>
    /// <param name="Kind">The area's kind (<see cref="AreaKinds"/>).</param>
    /// <param name="Code">The area's code: an LA's DfE number.</param>
    /// <param name="Name">The area's name.</param>
    /// <param name="Period">The period.</param>
    /// <param name="Value">The published value, if any.</param>
    /// <param name="Numerator">The count.</param>
    /// <param name="Denominator">What it is out of.</param>
    public sealed record CountedFigure(string Kind, string Code, string Name, ReportingPeriod Period, decimal? Value, decimal? Numerator, decimal? Denominator);

    /// <summary>
    /// The funnel plot of the latest period in <paramref name="figures"/> that has an LA's count and denominator;
    /// none when there is none, or the indicator's unit has no interval. The centre is England's count over its
    /// denominator, else England's published value, else every LA's counts over every LA's denominators.
    /// </summary>
    public static IndicatorFunnel? Of(IndicatorDefinition definition, IReadOnlyList<CountedFigure> figures, string? councilCode)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(figures);
        if (!IntervalRules.HasInterval(definition.Unit))
        {
            return null;
        }

        var las = figures.Where(f => f.Kind == AreaKinds.LocalAuthority && f.Numerator is not null && f.Denominator is not null).ToList();
        if (las.Count == 0)
        {
            return null;
        }

        ReportingPeriod period = las.Max(f => f.Period);
        var plotted = las.Where(f => f.Period == period).ToList();
        decimal multiplier = definition.Unit.Multiplier();
        CountedFigure? england = figures.FirstOrDefault(f => f.Kind == AreaKinds.England && f.Period == period);
        (decimal centre, string name) = england is { Numerator: { } en, Denominator: > 0m and { } ed }
            ? (en / ed * multiplier, "England")
            : england?.Value is { } published
                ? (published, "England")
                : (plotted.Sum(f => f.Denominator!.Value) is > 0m and var total ? plotted.Sum(f => f.Numerator!.Value) / total * multiplier : 0m, "all LAs together");
        if (definition.Unit == Unit.Percent)
        {
            centre = Math.Clamp(centre, 0m, 100m);
        }

        FunnelPlot plot = FunnelPlot.Build(
            definition.Unit,
            definition.Polarity,
            Math.Max(0m, centre),
            plotted.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new FunnelArea(int.TryParse(f.Code, out int n) ? n : 0, f.Name, f.Numerator!.Value, f.Denominator!.Value)));
        FunnelPoint? council = councilCode is not null && int.TryParse(councilCode, out int own)
            ? plot.Points.FirstOrDefault(p => p.Area.Number == own)
            : null;
        return new IndicatorFunnel(period, name, plot, council);
    }

    /// <summary>What a reader is told of an LA's place: "within the 95% limits: similar to England", "beyond the 99.8% limits: much worse than England".</summary>
    public string Words(FunnelPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        string where = point.Position switch
        {
            FunnelPosition.Within => "within the 95% limits",
            FunnelPosition.Above95 => "above the 95% limits",
            FunnelPosition.Below95 => "below the 95% limits",
            FunnelPosition.Above998 => "above the 99.8% limits",
            _ => "below the 99.8% limits",
        };
        return point.Outcome == BenchmarkOutcome.NotCompared
            ? $"{where}: not compared, as the indicator has no better direction"
            : $"{where}: {point.Outcome.ToPhrase(CentreName)}";
    }
}
