using Waymark.Data.Benchmarks;
using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Intervals;

namespace Waymark.Data.Exports;

/// <summary>
/// The figures of <c>waymark funnel</c>: for one measure and period, a row an LA on its funnel plot with its count,
/// denominator and value, the centre, the 95% and 99.8% limits at its denominator, where it lies and what that means
/// by polarity (<see cref="FunnelPlot"/>). Values are at the measure's decimals, the centre and limits at one more,
/// counts as stored.
/// </summary>
public static class FunnelExport
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("measure", 20), new("period", 10), new("area", 8), new("name", 30), new("council", 10), new("count"), new("denominator", 12),
        new("value"), new("centre"), new("lower_95"), new("upper_95"), new("lower_998"), new("upper_998"), new("position", 12), new("outcome", 14),
    ];

    /// <summary>The table of <paramref name="points"/> on <paramref name="funnel"/>, in the order given.</summary>
    public static ExportTable Create(Indicator measure, IndicatorFunnel funnel, IEnumerable<FunnelPoint> points)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(points);
        IndicatorDefinition definition = measure.ToDefinition();
        int decimals = definition.Decimals;
        int limits = LimitDecimals(definition);
        return new ExportTable(
            "funnel",
            Columns,
            points.Select(p => (IReadOnlyList<ExportCell>)
            [
                ExportCell.FromText(measure.Code),
                ExportCell.FromText(funnel.Period.ToString()),
                ExportCell.FromText(IndicatorFunnel.AreaCode(p)),
                ExportCell.FromText(p.Area.Name),
                ExportCell.FromText(p == funnel.Council ? "yes" : "no"),
                ExportCell.FromNumber(p.Area.Numerator),
                ExportCell.FromNumber(p.Area.Denominator),
                ExportCell.FromNumber(p.Value, decimals),
                ExportCell.FromNumber(funnel.Plot.Centre, limits),
                ExportCell.FromNumber(p.Limits.Lower95, limits),
                ExportCell.FromNumber(p.Limits.Upper95, limits),
                ExportCell.FromNumber(p.Limits.Lower998, limits),
                ExportCell.FromNumber(p.Limits.Upper998, limits),
                ExportCell.FromText(p.Position.ToCode()),
                ExportCell.FromText(p.Outcome.ToCode()),
            ]).ToAsyncEnumerable());
    }

    /// <summary>How many decimals the centre and the limits are shown with: one more than the measure's, as its intervals are.</summary>
    public static int LimitDecimals(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Math.Min(definition.Decimals + 1, IndicatorDefinition.MaxDecimals);
    }
}
