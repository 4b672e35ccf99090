using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Periods;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages;

public sealed class IndexModel(PerformanceCache cache) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public ReportingPeriod? Shown { get; private set; }

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public string? PeriodError { get; private set; }

    public IReadOnlyList<BoardSummary> Boards { get; private set; } = [];

    /// <summary>Each indicator's XmR chart up to the period shown, by indicator id.</summary>
    public IReadOnlyDictionary<int, Waymark.Variation.XmrChart> Charts { get; private set; } = new Dictionary<int, Waymark.Variation.XmrChart>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        PerformanceSnapshot store = await cache.SnapshotAsync(cancellationToken);
        Periods = store.ResultPeriods;
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (ReportingPeriod.TryParse(Period, out ReportingPeriod chosen, out string? error))
            {
                Shown = chosen;
            }
            else
            {
                PeriodError = error;
            }
        }

        Shown ??= store.DefaultPeriod;
        if (Shown is { } period)
        {
            Boards = (await store.PeriodAsync(period, cancellationToken)).Boards;

            // Variation: each indicator's XmR chart up to the period, read once for it.
            Charts = await store.VariationsAsync(period, cancellationToken);
        }
    }
}
