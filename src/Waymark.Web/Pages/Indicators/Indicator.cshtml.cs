using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Measures;
using Waymark.Periods;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Indicators;

public sealed class IndicatorModel(PerformanceCache cache) : PageModel
{
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

    /// <summary>The decimals a confidence interval is shown to: one more than the indicator's, as the lines of its XmR chart are.</summary>
    public int IntervalDecimals => Math.Min(Indicator.Definition.Decimals + 1, Waymark.Indicators.IndicatorDefinition.MaxDecimals);

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? SavedPeriod { get; set; }

    public ReportingPeriod? Saved => ReportingPeriod.TryParse(SavedPeriod, null, out ReportingPeriod p) ? p : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
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
        CanEnterResults = Permissions.CanEnterResults(User, Indicator);
        return Page();
    }
}
