using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Targets;

/// <summary>
/// The targets set for one indicator, by period: annual targets, multi-year plan targets entered per year, and
/// quarterly or monthly profiles. Answers which target applies to a period.
/// </summary>
public sealed class TargetSchedule
{
    private readonly Dictionary<ReportingPeriod, decimal> targets;

    /// <summary>Creates a schedule from targets by period.</summary>
    public TargetSchedule(IEnumerable<KeyValuePair<ReportingPeriod, decimal>> targets)
    {
        this.targets = new Dictionary<ReportingPeriod, decimal>(targets);
    }

    private TargetSchedule()
    {
        targets = [];
    }

    /// <summary>A schedule with no targets.</summary>
    public static TargetSchedule Empty { get; } = new();

    /// <summary>How many targets are set.</summary>
    public int Count => targets.Count;

    /// <summary>The target set for exactly <paramref name="period"/>, if any.</summary>
    public decimal? SetFor(ReportingPeriod period) => targets.TryGetValue(period, out decimal t) ? t : null;

    /// <summary>
    /// The target that applies to <paramref name="period"/>: the target set for that period if there is one;
    /// otherwise, for a quarter or a month, the annual target of the year it belongs to, pro-rated by the part of
    /// the year elapsed when the indicator is cumulative. Every target is rounded half up to the indicator's
    /// decimals, so the target a reader sees is the one a value is rated against.
    /// </summary>
    public ApplicableTarget? For(IndicatorDefinition indicator, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (targets.TryGetValue(period, out decimal set))
        {
            return new ApplicableTarget(indicator.Round(set), TargetBasis.Profiled);
        }

        if (period.IsYear || !targets.TryGetValue(period.ContainingYear(indicator.YearType), out decimal annual))
        {
            return null;
        }

        if (indicator.Aggregation != Aggregation.Cumulative)
        {
            return new ApplicableTarget(indicator.Round(annual), TargetBasis.Annual);
        }

        decimal proRata = annual * period.PeriodsElapsedInYear(indicator.YearType) / period.PeriodsInYear;
        return new ApplicableTarget(indicator.Round(proRata), TargetBasis.ProRata);
    }

    /// <summary>The target for the whole year that <paramref name="period"/> belongs to, if one is set.</summary>
    public decimal? AnnualFor(IndicatorDefinition indicator, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return targets.TryGetValue(period.ContainingYear(indicator.YearType), out decimal annual) ? indicator.Round(annual) : null;
    }
}
