using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Calendar;
using Waymark.Data.People;
using Waymark.Periods;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;
using Waymark.Web.Work;
using Waymark.Work;

namespace Waymark.Web.Pages;

public sealed class IndexModel(PerformanceCache cache, CycleWork work) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public ReportingPeriod? Shown { get; private set; }

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public string? PeriodError { get; private set; }

    public IReadOnlyList<BoardSummary> Boards { get; private set; } = [];

    /// <summary>The variation filter of the red and amber indicators, as given in the query (<c>concern</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Variation { get; set; }

    /// <summary>The assurance filter of the red and amber indicators, as given in the query (<c>fail</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assurance { get; set; }

    /// <summary>What is wrong with the variation filter given, when it is not one of the choices.</summary>
    public string? VariationError => AssuranceFilters.VariationProblem(Variation);

    /// <summary>What is wrong with the assurance filter given, when it is not one of the choices.</summary>
    public string? AssuranceError => AssuranceFilters.Problem(Assurance);

    /// <summary>The variation filter applied, if any.</summary>
    public VariationFilter? VariationShown => VariationFilters.TryParse(Variation, out VariationFilter filter) ? filter : null;

    /// <summary>The assurance filter applied, if any.</summary>
    public Waymark.Variation.AssuranceIcon? AssuranceShown => AssuranceFilters.TryParse(Assurance, out Waymark.Variation.AssuranceIcon icon) ? icon : null;

    /// <summary>The red and amber indicators of <paramref name="board"/> that the variation and assurance filters let through.</summary>
    public IReadOnlyList<EvaluatedIndicator> RedAndAmber(BoardSummary board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return [.. board.RedAndAmber.Where(e =>
        {
            Waymark.Variation.XmrChart? chart = Charts.GetValueOrDefault(e.Indicator.Id);
            return (VariationShown is not { } v || v.Matches(chart?.Variation ?? Waymark.Variation.VariationIcon.NotShown))
                && (AssuranceShown is not { } a || (chart?.Assurance ?? Waymark.Variation.AssuranceIcon.NotShown) == a);
        })];
    }

    /// <summary>Each indicator's XmR chart up to the period shown, by indicator id.</summary>
    public IReadOnlyDictionary<int, Waymark.Variation.XmrChart> Charts { get; private set; } = new Dictionary<int, Waymark.Variation.XmrChart>();

    /// <summary>The reporting cycle in hand, whose outstanding work the page starts with; none when no cycle is set up.</summary>
    public ReportingCycle? Cycle { get; private set; }

    /// <summary>Whether the page shows everyone's outstanding work, by person, rather than the signed-in person's own.</summary>
    public bool Everyone { get; private set; }

    /// <summary>What is outstanding: the signed-in person's own, soonest first; or, for the performance team, everyone's by person.</summary>
    public IReadOnlyList<WorkLine> Work { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        Today = work.Today;
        Cycle = await work.CurrentAsync(cancellationToken);
        Everyone = User.IsInRole(RoleNames.Administrator);
        if (Cycle is not null && (Everyone || Permissions.UserId(User) is not null))
        {
            IReadOnlyList<WorkLine> lines = await work.OutstandingAsync(Cycle, Everyone ? null : Permissions.UserId(User), cancellationToken);
            Work = Everyone
                ? [.. lines.OrderBy(l => l.Who, StringComparer.Ordinal).ThenBy(l => l.Due ?? DateOnly.MaxValue).ThenBy(l => l.Item.Step)]
                : OutstandingWork.Soonest(lines, l => l.Item);
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
