using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Files;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Admin.Targets;

/// <summary>
/// Adds, changes or removes one of an indicator's targets, checked as a row of <c>targets.csv</c> is
/// (<see cref="TargetChecks"/>). A change or removal made from a copy that someone else has changed since is refused
/// and their target shown.
/// </summary>
public sealed class EditModel(WaymarkDb db) : FormPage
{
    [BindProperty]
    public string? Period { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? SetBy { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public Indicator Indicator { get; private set; } = null!;

    public Target? Existing { get; private set; }

    /// <summary>The target as someone else saved it while this form was open.</summary>
    public Target? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? targetId, string? period, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, targetId, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } t)
        {
            Fill(t);
        }
        else
        {
            Period = period;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? targetId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, targetId, cancellationToken))
        {
            return NotFound();
        }

        IndicatorDefinition definition = Indicator.ToDefinition();
        bool periodOk = TargetChecks.TryPeriod(Period, out ReportingPeriod period, out string? periodError);
        if (!periodOk)
        {
            AddError(nameof(Period), "period", periodError!);
        }
        else if (await db.Targets.AnyAsync(t => t.IndicatorId == id && t.Period == period && t.Id != (targetId ?? 0), cancellationToken))
        {
            AddError(nameof(Period), "period", TargetChecks.AlreadySet(Indicator.Code, period) + ": change that one instead");
        }

        if (!TargetChecks.TryTarget(Value, definition, out decimal value, out string? targetError, "The target"))
        {
            AddError(nameof(Value), "target", targetError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Existing is not null && Existing.ConcurrencyVersion != Version)
        {
            return ShowConflict(Existing);
        }

        Target target = Existing ?? new Target { IndicatorId = id };
        if (Existing is null)
        {
            db.Targets.Add(target);
        }
        else
        {
            db.Entry(target).Property(t => t.ConcurrencyVersion).OriginalValue = Version ?? -1;
        }

        (target.Period, target.PeriodStart, target.Value) = (period, period.Start, value);
        target.SetBy = string.IsNullOrWhiteSpace(SetBy) ? null : SetBy.Trim();
        target.Illustrative = false;
        if (await SaveAsync(id, targetId, cancellationToken) is { } refused)
        {
            return refused;
        }

        return RedirectToPage("/Admin/Targets/Index", new { id, saved = period.ToString() });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int targetId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, targetId, cancellationToken) || Existing is null)
        {
            return NotFound();
        }

        if (Existing.ConcurrencyVersion != Version)
        {
            return ShowConflict(Existing);
        }

        db.Targets.Remove(Existing);
        if (await SaveAsync(id, targetId, cancellationToken) is { } refused)
        {
            return refused;
        }

        return RedirectToPage("/Admin/Targets/Index", new { id });
    }

    private async Task<IActionResult?> SaveAsync(int id, int? targetId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Changed or removed after it was read, or another target for the period added meanwhile.
            db.ChangeTracker.Clear();
            await LoadAsync(id, targetId, cancellationToken);
            if (Existing is null && targetId is not null)
            {
                return NotFound();
            }

            if (Existing is not null)
            {
                return ShowConflict(Existing);
            }

            AddError(nameof(Period), "period", TargetChecks.AlreadySet(Indicator.Code, ReportingPeriod.Parse(Period!.Trim())) + ": change that one instead");
            return Page();
        }
    }

    private IActionResult ShowConflict(Target theirs)
    {
        (Conflict, Version) = (theirs, theirs.ConcurrencyVersion);
        return Stale(nameof(Value), "target", $"Someone else changed this target while you were editing it: it is now {FigureText.Number(theirs.Value, Indicator.Definition.Decimals)} for {theirs.Period.Label}. Your change has not been saved: check theirs, then save again to replace it");
    }

    private async Task<bool> LoadAsync(int id, int? targetId, CancellationToken cancellationToken)
    {
        if (await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } indicator)
        {
            return false;
        }

        Indicator = indicator;
        if (targetId is int existing)
        {
            Existing = await db.Targets.FirstOrDefaultAsync(t => t.Id == existing && t.IndicatorId == id, cancellationToken);
            return Existing is not null;
        }

        return true;
    }

    private void Fill(Target t)
    {
        Period = t.Period.ToString();
        Value = Display.Plain(t.Value);
        SetBy = t.SetBy;
        Version = t.ConcurrencyVersion;
    }
}
