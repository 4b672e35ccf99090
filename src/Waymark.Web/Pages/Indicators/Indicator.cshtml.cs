using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Benchmarks;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Indicators;

/// <summary>
/// An indicator's page: its definition, results, benchmarks, trend and XmR chart. Its owner and the performance team
/// may add a point from which the XmR chart's limits are worked out again, with a reason, and remove it.
/// </summary>
public sealed class IndicatorModel(PerformanceCache cache, WaymarkDb db, TimeProvider clock) : FormPage
{
    /// <summary>The longest reason a recalculation point is given.</summary>
    public const int MaxReasonLength = 500;

    public Indicator Indicator { get; private set; } = null!;

    public string? OwnerName { get; private set; }

    public IReadOnlyList<string> Priorities { get; private set; } = [];

    public IReadOnlyList<string> Boards { get; private set; } = [];

    public IReadOnlyList<EvaluatedIndicator> History { get; private set; } = [];

    public Waymark.Reporting.Charts.TrendLayout Chart { get; private set; } = null!;

    public bool CanEnterResults { get; private set; }

    /// <summary>The indicator's XmR chart, its layout and each result's confidence interval.</summary>
    public IndicatorVariation Variation { get; private set; } = null!;

    /// <summary>The latest result against England, the region and statistical neighbours, beside its quartile band; none when nothing is published for its period.</summary>
    public IndicatorBenchmarks? Benchmarks { get; private set; }

    /// <summary>Every LA's figure on a funnel plot around England's, for the latest period with LAs' counts; none without them.</summary>
    public IndicatorFunnel? Funnel { get; private set; }

    /// <summary>The indicator's figures by group for the council's own LA over the last five periods, with the latest gaps; none without them.</summary>
    public Waymark.Data.Breakdowns.StoredBreakdown? Breakdown { get; private set; }

    /// <summary>The council's small number threshold: counts from 1 to it are not shown.</summary>
    public Waymark.Disclosure.SmallNumberThreshold SmallNumberThreshold { get; private set; } = Waymark.Disclosure.SmallNumberThreshold.Default;

    /// <summary>Whether the reader sees counts of people from 1 to the threshold: the indicator's owner and the performance team do, others read <c>c</c>.</summary>
    public bool SeesSmallNumbers { get; private set; }

    /// <summary>The decimals a confidence interval is shown to: one more than the indicator's, as the lines of its XmR chart are.</summary>
    public int IntervalDecimals => Math.Min(Indicator.Definition.Decimals + 1, Waymark.Indicators.IndicatorDefinition.MaxDecimals);

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? SavedPeriod { get; set; }

    public ReportingPeriod? Saved => ReportingPeriod.TryParse(SavedPeriod, null, out ReportingPeriod p) ? p : null;

    /// <summary>Whether the reader may add and remove the points from which the XmR chart's limits are worked out again.</summary>
    public bool CanRecalculate { get; private set; }

    /// <summary>The points officers added, by period; read only for those who may change them.</summary>
    public IReadOnlyList<RecalculationPoint> RecalculationPoints { get; private set; } = [];

    /// <summary>The period from which the limits are worked out again, as typed.</summary>
    [BindProperty]
    public string? RecalculateFrom { get; set; }

    /// <summary>Why they are worked out again.</summary>
    [BindProperty]
    public string? RecalculationReason { get; set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    /// <summary>Adds a recalculation point: the period must be that of a result on the XmR chart after the first, with no point already, and the reason is required.</summary>
    public async Task<IActionResult> OnPostRecalculateAsync(int id, CancellationToken cancellationToken)
    {
        IActionResult shown = await ShowAsync(id, cancellationToken);
        if (shown is not PageResult)
        {
            return shown;
        }

        if (!CanRecalculate)
        {
            return Forbid();
        }

        ReportingPeriod? from = null;
        if (string.IsNullOrWhiteSpace(RecalculateFrom))
        {
            AddError(nameof(RecalculateFrom), "recalculate-from", "Enter the period from which the limits are worked out again, for example 2010/11 Q1");
        }
        else if (!ReportingPeriod.TryParse(RecalculateFrom.Trim(), out ReportingPeriod period, out string? error))
        {
            AddError(nameof(RecalculateFrom), "recalculate-from", "Period: " + error);
        }
        else if (Variation.Chart.Points.Select(p => p.Period).ToList() is var periods && !periods.Contains(period))
        {
            AddError(nameof(RecalculateFrom), "recalculate-from", $"Period {period.Label} has no result on the XmR chart: enter the period of a result after the first");
        }
        else if (periods[0] == period)
        {
            AddError(nameof(RecalculateFrom), "recalculate-from", $"Period {period.Label} is the first on the XmR chart, where the limits are worked out from already: enter a later one");
        }
        else if (RecalculationPoints.Any(p => p.Period == period))
        {
            AddError(nameof(RecalculateFrom), "recalculate-from", $"Period {period.Label} already has a recalculation point: remove it to give another reason");
        }
        else
        {
            from = period;
        }

        string reason = RecalculationReason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            AddError(nameof(RecalculationReason), "recalculation-reason", "Enter the reason the limits are worked out again");
        }
        else if (reason.Length > MaxReasonLength)
        {
            AddError(nameof(RecalculationReason), "recalculation-reason", $"Reason must be {MaxReasonLength} characters or fewer; it has {reason.Length}");
        }

        if (from is not { } start || !ModelState.IsValid)
        {
            return shown;
        }

        db.RecalculationPoints.Add(new RecalculationPoint { IndicatorId = id, Period = start, Reason = reason, AddedBy = ActorName(), AddedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(Url.Page("/Indicators/Indicator", new { id }) + "#variation-heading");
    }

    /// <summary>Removes one of the indicator's recalculation points.</summary>
    public async Task<IActionResult> OnPostRemoveRecalculationAsync(int id, int point, CancellationToken cancellationToken)
    {
        if (await ShowAsync(id, cancellationToken) is not PageResult)
        {
            return NotFound();
        }

        if (!CanRecalculate)
        {
            return Forbid();
        }

        RecalculationPoint? stored = await db.RecalculationPoints.FirstOrDefaultAsync(p => p.Id == point && p.IndicatorId == id, cancellationToken);
        if (stored is not null)
        {
            db.RecalculationPoints.Remove(stored);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect(Url.Page("/Indicators/Indicator", new { id }) + "#variation-heading");
    }

    private string ActorName() => User.FindFirst(WaymarkClaimsFactory.FullNameClaim)?.Value ?? User.Identity?.Name ?? "web";

    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        PerformanceSnapshot store = await cache.SnapshotAsync(cancellationToken);
        if (await store.IndicatorAsync(id, cancellationToken) is not { } picture)
        {
            return NotFound();
        }

        Indicator = picture.Indicator;
        OwnerName = picture.OwnerName;
        Priorities = picture.Priorities;
        Boards = picture.Boards;
        History = picture.History;
        Chart = picture.Chart;
        Variation = picture.Variation;
        Benchmarks = picture.Benchmarks;
        Funnel = picture.Funnel;
        Breakdown = picture.Breakdown;
        CanEnterResults = Permissions.CanEnterResults(User, Indicator);
        CanRecalculate = Permissions.CanRecalculateLimits(User, Indicator);
        SeesSmallNumbers = CanEnterResults;
        if (Breakdown is not null && await db.Councils.AsNoTracking().OrderBy(c => c.Id).Select(c => (int?)c.SmallNumberThreshold).FirstOrDefaultAsync(cancellationToken) is int threshold)
        {
            SmallNumberThreshold = Waymark.Disclosure.SmallNumberThreshold.Of(threshold);
        }
        if (CanRecalculate)
        {
            RecalculationPoints = await db.RecalculationPoints.AsNoTracking().Where(p => p.IndicatorId == id).ToListAsync(cancellationToken);
            RecalculationPoints = [.. RecalculationPoints.OrderBy(p => p.Period)];
        }

        return Page();
    }
}
