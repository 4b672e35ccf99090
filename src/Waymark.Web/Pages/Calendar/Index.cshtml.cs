using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Calendar;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Web.Work;
using Waymark.Work;

namespace Waymark.Web.Pages.Calendar;

/// <summary>
/// The reporting calendar: each quarter's cycle with its deadlines and meetings, and for the cycle in hand what is
/// still due or overdue and from whom: returns not entered by indicator owners, trackers not submitted by their
/// lead officers or not agreed by their directors.
/// </summary>
public sealed class IndexModel(WaymarkDb db, CycleWork work) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<ReportingCycle> Cycles { get; private set; } = [];

    public ReportingCycle? Current { get; private set; }

    public IReadOnlyDictionary<int, string> BoardNames { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<WorkLine> Returns { get; private set; } = [];

    public IReadOnlyList<WorkLine> Trackers { get; private set; } = [];

    public async Task OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        Today = work.Today;
        List<ReportingCycle> cycles = await db.ReportingCycles.AsNoTracking().Include(c => c.Deadlines).Include(c => c.Meetings).ToListAsync(cancellationToken);
        cycles.Sort((a, b) => a.Period.CompareTo(b.Period));
        Cycles = cycles;
        BoardNames = await db.Boards.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        Current = ReportingPeriod.TryParse(period, null, out ReportingPeriod chosen)
            ? cycles.FirstOrDefault(c => c.Period == chosen)
            : CycleWork.Current(cycles, Today);
        if (Current is null)
        {
            return;
        }

        IReadOnlyList<WorkLine> outstanding = await work.OutstandingAsync(Current, null, cancellationToken);
        Returns = [.. outstanding.Where(l => l.Item.Step == WorkStep.EnterReturn)];
        Trackers = [.. outstanding.Where(l => l.Item.Step != WorkStep.EnterReturn)];
    }
}
