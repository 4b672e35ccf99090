using Waymark.Benchmarking;
using Waymark.Data.Areas;
using Waymark.Indicators;
using Waymark.Intervals;
using Waymark.Periods;

namespace Waymark.Web.Performance;

/// <summary>
/// How an indicator's latest result stands against the published benchmarks of its period: beside the quartile
/// band among every LA with a figure, better, similar or worse than England, the council's region and its
/// statistical neighbours, by <see cref="BenchmarkComparison"/> in its two-level form (95% and 99.8%).
/// </summary>
/// <param name="Period">The period of the result compared.</param>
/// <param name="Value">The result.</param>
/// <param name="Interval95">Its 95% confidence interval, when it has a numerator and a denominator.</param>
/// <param name="Interval998">Its 99.8% confidence interval, likewise.</param>
/// <param name="Benchmarks">England, the region and the statistical neighbours, each that has a figure for the period.</param>
/// <param name="Band">The result's quartile band among the LAs; none without their figures or without polarity.</param>
/// <param name="LasWithFigures">How many LAs have a figure for the period.</param>
public sealed record IndicatorBenchmarks(
    ReportingPeriod Period,
    decimal Value,
    ConfidenceInterval? Interval95,
    ConfidenceInterval? Interval998,
    IReadOnlyList<BenchmarkLine> Benchmarks,
    QuartileBand? Band,
    int LasWithFigures)
{
    /// <summary>
    /// The benchmarks of the result for <paramref name="period"/>: <paramref name="published"/> holds every published
    /// figure of the indicator (area kind, area id, name, period, value), <paramref name="regionId"/> is the council's region.
    /// None when nothing is published for the period.
    /// </summary>
    public static IndicatorBenchmarks? Of(
        IndicatorDefinition definition,
        ReportingPeriod period,
        decimal value,
        decimal? numerator,
        decimal? denominator,
        int? regionId,
        IReadOnlyList<PublishedFigure> published)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(published);
        var forPeriod = published.Where(f => f.Period == period).ToList();
        if (forPeriod.Count == 0)
        {
            return null;
        }

        ConfidenceInterval? i95 = null;
        ConfidenceInterval? i998 = null;
        if (numerator is { } n && denominator is { } d
            && IntervalRules.TryCalculate(definition.Unit, n, d, ConfidenceLevel.Percent95, out ConfidenceInterval a, out _)
            && IntervalRules.TryCalculate(definition.Unit, n, d, ConfidenceLevel.Percent99Point8, out ConfidenceInterval b, out _))
        {
            i95 = a;
            i998 = b;
        }

        var lines = new List<BenchmarkLine>();
        void Add(PublishedFigure? figure, string benchmark)
        {
            if (figure is not null)
            {
                BenchmarkOutcome? outcome = definition.Polarity == Polarity.None
                    ? BenchmarkOutcome.NotCompared
                    : i95 is { } w && i998 is { } x ? BenchmarkComparison.Compare(w, x, figure.Value, definition.Polarity) : null;
                lines.Add(new BenchmarkLine(benchmark, figure.Name, figure.Value, outcome));
            }
        }

        Add(forPeriod.Find(f => f.Kind == AreaKinds.England), "England");
        Add(regionId is int r ? forPeriod.Find(f => f.Kind == AreaKinds.Region && f.AreaId == r) : null, "the region");
        Add(forPeriod.Find(f => f.Kind == AreaKinds.StatisticalNeighbours), "statistical neighbours");

        var las = forPeriod.Where(f => f.Kind == AreaKinds.LocalAuthority).Select(f => DecimalRounding.HalfUp(f.Value, definition.Decimals)).ToList();
        QuartileBand? band = las.Count == 0 ? null : new BenchmarkDistribution(las, definition.Polarity).Band(DecimalRounding.HalfUp(value, definition.Decimals));
        return new IndicatorBenchmarks(period, value, i95, i998, lines, band, las.Count);
    }
}

/// <summary>One benchmark beside a result: what it is ("England", "the region"), the area's name, its published figure and the comparison.</summary>
/// <param name="Benchmark">The benchmark as a sentence names it: "England", "the region", "statistical neighbours".</param>
/// <param name="AreaName">The name of the area the figure is for.</param>
/// <param name="Value">The published figure.</param>
/// <param name="Outcome">Better, similar or worse; not compared for an indicator without polarity; none when the result has no interval.</param>
public sealed record BenchmarkLine(string Benchmark, string AreaName, decimal Value, BenchmarkOutcome? Outcome)
{
    /// <summary>What a reader sees: "Similar to England", "Much worse than the region", or why it is not compared.</summary>
    public string Words => Outcome is { } o
        ? o.ToLabel(Benchmark)
        : $"Not compared with {Benchmark}: the result has no numerator and denominator, so no confidence interval";

    /// <summary>The GOV.UK tag colour of the comparison: green better, red worse, grey similar or not compared.</summary>
    public string TagClass => Outcome switch
    {
        BenchmarkOutcome.MuchBetter or BenchmarkOutcome.Better => "govuk-tag govuk-tag--green",
        BenchmarkOutcome.MuchWorse or BenchmarkOutcome.Worse => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--grey",
    };
}

/// <summary>A published figure of an indicator for an area and period.</summary>
/// <param name="Kind">The area's kind, as the store writes it (<see cref="AreaKinds"/>).</param>
/// <param name="AreaId">The area's id in the store.</param>
/// <param name="Name">The area's name.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The figure.</param>
public sealed record PublishedFigure(string Kind, int AreaId, string Name, ReportingPeriod Period, decimal Value);
