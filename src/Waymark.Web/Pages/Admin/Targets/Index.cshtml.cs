using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Web.Pages.Admin.Targets;

/// <summary>
/// An indicator's targets, by year, and its amber tolerance. A change of tolerance starts a new version of the
/// indicator, as a change from the indicator's form or file does; one made from an older version is refused.
/// </summary>
public sealed class IndexModel(WaymarkDb db, TimeProvider clock) : FormPage
{
    [BindProperty]
    public string? Tolerance { get; set; }

    /// <summary>The indicator's version the form was read at.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public Indicator Indicator { get; private set; } = null!;

    public IReadOnlyList<IGrouping<ReportingPeriod, Target>> Years { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Tolerance, Version, Saved) = (Indicator.Definition.Tolerance.ToString(), Indicator.Version, saved);
        return Page();
    }

    public async Task<IActionResult> OnPostToleranceAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!global::Waymark.Indicators.Tolerance.TryParse(Tolerance, out Tolerance tolerance, out string? error))
        {
            AddError(nameof(Tolerance), "tolerance", error);
            return Page();
        }

        if (Version != Indicator.Version)
        {
            return Stale();
        }

        IndicatorDefinition next = Indicator.ToDefinition() with { Tolerance = tolerance };
        IndicatorVersioning.Change(db, Indicator, next, User.Identity?.Name ?? "web", clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Stale();
        }

        return RedirectToPage("/Admin/Targets/Index", new { id, saved = "tolerance" });
    }

    private IActionResult Stale()
    {
        Version = Indicator.Version;
        return Stale(nameof(Tolerance), "tolerance", $"Someone else changed {Indicator.Code} while you were editing it: its tolerance is now {Indicator.Definition.Tolerance} (version {Indicator.Version}). Your change has not been saved: save again to replace theirs");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Indicators.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } indicator)
        {
            return false;
        }

        Indicator = indicator;
        List<Target> targets = await db.Targets.AsNoTracking().Where(t => t.IndicatorId == id).ToListAsync(cancellationToken);
        Years = [.. targets.OrderBy(t => t.Period).GroupBy(t => t.Period.ContainingYear(indicator.Definition.YearType)).OrderByDescending(g => g.Key)];
        return true;
    }
}
