using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Indicators;

public sealed class IndicatorModel(WaymarkDb db) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;

    public string? OwnerName { get; private set; }

    public IReadOnlyList<string> Priorities { get; private set; } = [];

    public IReadOnlyList<string> Boards { get; private set; } = [];

    public IReadOnlyList<EvaluatedIndicator> History { get; private set; } = [];

    public TrendChart Chart { get; private set; } = null!;

    public bool CanEnterResults { get; private set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? SavedPeriod { get; set; }

    public ReportingPeriod? Saved => ReportingPeriod.TryParse(SavedPeriod, null, out ReportingPeriod p) ? p : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Indicator? indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        Indicator = indicator;
        OwnerName = indicator.OwnerId is int owner
            ? await db.Users.AsNoTracking().Where(u => u.Id == owner).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        Priorities = await db.IndicatorPriorities.AsNoTracking().Where(x => x.IndicatorId == id)
            .Join(db.Priorities, x => x.PriorityId, p => p.Id, (x, p) => p.Code + " " + p.Title)
            .ToListAsync(cancellationToken);
        Boards = await db.IndicatorBoards.AsNoTracking().Where(x => x.IndicatorId == id)
            .Join(db.Boards, x => x.BoardId, b => b.Id, (x, b) => b.Name)
            .ToListAsync(cancellationToken);
        History = await Evaluations.HistoryAsync(db, indicator, cancellationToken);
        Chart = new TrendChart(
            [.. History.Select(h => new TrendPoint(h.Evaluation.Period.ToString(), h.Evaluation.Result?.IsJudgeable == true ? h.Evaluation.Value : null, h.Evaluation.Target?.Value))],
            indicator.Decimals);
        CanEnterResults = Permissions.CanEnterResults(User, indicator);
        return Page();
    }
}
