using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Intervals;
using Waymark.Periods;

namespace Waymark.Data.Benchmarks;

/// <summary>
/// Every LA's published figure of an indicator for one period in which LAs' counts and denominators are published
/// (the latest, unless another is asked for), on a funnel plot around England's value (<see cref="FunnelPlot"/>),
/// with the council's own LA. The indicator's page, the API and <c>waymark funnel</c> all show this one.
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

    /// <summary>The LAs beyond the 99.8% limits, highest value first.</summary>
    public IReadOnlyList<FunnelPoint> Beyond998 => [.. Plot.Beyond998.OrderByDescending(p => p.Value)];

    /// <summary>The LAs beyond the 95% limits but within the 99.8% limits, highest value first.</summary>
    public IReadOnlyList<FunnelPoint> Beyond95Only => [.. Plot.Beyond95Only.OrderByDescending(p => p.Value)];

    /// <summary>
    /// The funnel plot of <paramref name="period"/>, or else of the latest period in <paramref name="figures"/> that
    /// has an LA's count and denominator; none when that period has none, or the indicator's unit has no interval.
    /// The centre is England's count over its denominator, else England's published value, else every LA's counts
    /// over every LA's denominators.
    /// </summary>
    public static IndicatorFunnel? Of(IndicatorDefinition definition, IReadOnlyList<CountedFigure> figures, string? councilCode, ReportingPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(figures);
        if (!IntervalRules.HasInterval(definition.Unit))
        {
            return null;
        }

        var las = figures.Where(f => f.Kind == AreaKinds.LocalAuthority && f.Numerator is not null && f.Denominator is not null).ToList();
        ReportingPeriod shown = period ?? (las.Count == 0 ? default : las.Max(f => f.Period));
        var plotted = las.Where(f => f.Period == shown).ToList();
        if (plotted.Count == 0)
        {
            return null;
        }

        decimal multiplier = definition.Unit.Multiplier();
        CountedFigure? england = figures.FirstOrDefault(f => f.Kind == AreaKinds.England && f.Period == shown);
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
        return new IndicatorFunnel(shown, name, plot, council);
    }

    /// <summary>
    /// The funnel plot of <paramref name="indicator"/> for <paramref name="period"/>, or else the latest period with
    /// LAs' counts, from one read of its counted figures and one of the council's LA; none when there is none.
    /// </summary>
    public static async Task<IndicatorFunnel?> LoadAsync(WaymarkDb db, Indicator indicator, ReportingPeriod? period = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicator);
        List<CountedFigure> counted = await (
                from v in db.AreaValues.AsNoTracking()
                join a in db.Areas.AsNoTracking() on v.AreaId equals a.Id
                where v.IndicatorId == indicator.Id && ((v.Numerator != null && v.Denominator != null) || a.Kind == AreaKinds.England)
                select new CountedFigure(a.Kind, a.Code, a.Name, v.Period, v.Value, v.Numerator, v.Denominator))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (!counted.Any(f => f.Kind == AreaKinds.LocalAuthority))
        {
            return null;
        }

        string? council = await (
                from c in db.Councils.AsNoTracking()
                join a in db.Areas.AsNoTracking() on c.AreaId equals a.Id
                orderby c.Id
                select a.Code)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return Of(indicator.ToDefinition(), counted, council, period);
    }

    /// <summary>
    /// The funnel plot of the measure coded <paramref name="measureCode"/> (without regard to case) for the period
    /// <paramref name="periodText"/>, or else its latest period with LAs' counts; or why there is none, naming what
    /// was given: a period that does not read as one, a measure the store does not have, a unit with no funnel plot,
    /// or no LAs' counts (in that period).
    /// </summary>
    public static async Task<(IndicatorFunnel? Funnel, Indicator? Measure, FunnelProblem? Problem)> FindAsync(
        WaymarkDb db, string measureCode, string? periodText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(measureCode);
        string code = measureCode.Trim();
        ReportingPeriod? period = null;
        if (!string.IsNullOrWhiteSpace(periodText))
        {
            if (!ReportingPeriod.TryParse(periodText.Trim(), out ReportingPeriod parsed, out string? error))
            {
                return (null, null, new FunnelProblem("period", error, false));
            }

            period = parsed;
        }

        Indicator? measure = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken).ConfigureAwait(false)
            ?? (await db.Indicators.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        if (measure is null)
        {
            return (null, null, new FunnelProblem("measure", $"there is no measure '{code}' in the store: give its code, such as PrevRegCPR", true));
        }

        Unit unit = measure.ToDefinition().Unit;
        if (!IntervalRules.HasInterval(unit))
        {
            return (null, measure, new FunnelProblem("measure", $"{measure.Code}'s unit is {IndicatorCodes.ToCode(unit)}, which has no funnel plot: funnel plots are for percentages, numbers and rates", false));
        }

        IndicatorFunnel? funnel = await LoadAsync(db, measure, period, cancellationToken).ConfigureAwait(false);
        if (funnel is not null)
        {
            return (funnel, measure, null);
        }

        int measureId = measure.Id;
        List<ReportingPeriod> periods = await (
                from v in db.AreaValues.AsNoTracking()
                join a in db.Areas.AsNoTracking() on v.AreaId equals a.Id
                where v.IndicatorId == measureId && v.Numerator != null && v.Denominator != null && a.Kind == AreaKinds.LocalAuthority
                select v.Period)
            .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        periods.Sort();
        return periods.Count == 0 || period is null
            ? (null, measure, new FunnelProblem("measure", $"the store has no LAs' counts and denominators for {measure.Code}: import them with waymark import dfe-tidy", true))
            : (null, measure, new FunnelProblem("period", $"there are no LAs' counts for {measure.Code} in {period}: the store has them for {string.Join(", ", periods.Select(p => p.ToString()))}", true));
    }

    /// <summary>What a reader is told of an LA's place: "within the 95% limits: similar to England", "above the 99.8% limits: much worse than England".</summary>
    public string Words(FunnelPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        string where = point.Position.ToPhrase();
        return point.Outcome == BenchmarkOutcome.NotCompared
            ? $"{where}: not compared, as the indicator has no better direction"
            : $"{where}: {point.Outcome.ToPhrase(CentreName)}";
    }

    /// <summary>An LA's three-digit DfE number, as LAIT and the command line write it.</summary>
    public static string AreaCode(FunnelPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Area.Number.ToString("D3", CultureInfo.InvariantCulture);
    }
}
