using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;
using Waymark.Web.Returns;

using Quality = Waymark.Results.DataQuality;

namespace Waymark.Web.Pages.Indicators;

/// <summary>
/// The quarterly return: an indicator's owner enters its result for a period. The rules say whether the result is
/// red or amber, in which case commentary is required; an edit made from a copy that someone else has changed since
/// is shown beside theirs, not saved over it.
/// </summary>
public sealed class ReturnModel(WaymarkDb db, ResultEntry entry) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Numerator { get; set; }

    [BindProperty]
    public string? Denominator { get; set; }

    [BindProperty]
    public string? PredictedYearEnd { get; set; }

    [BindProperty]
    public string? DataQuality { get; set; }

    [BindProperty]
    public string? DataQualityNote { get; set; }

    [BindProperty]
    public string? Commentary { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    /// <summary>The data quality the radios show: the one entered, read as the checks read it; none when it is not a data quality word.</summary>
    public Quality? ChosenQuality => DataQualityCodes.TryParse(DataQuality, out Quality quality) ? quality : null;

    public Indicator Indicator { get; private set; } = null!;

    public IndicatorDefinition Definition { get; private set; } = null!;

    public ReportingPeriod? Shown { get; private set; }

    /// <summary>The result as someone else saved it while this form was open.</summary>
    public Result? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(Period))
        {
            ReportingPeriod? latest = (await db.Results.AsNoTracking().Where(r => r.IndicatorId == id).Select(r => r.Period).ToListAsync(cancellationToken))
                .Cast<ReportingPeriod?>().Max();
            Shown = latest?.Next() ?? await Evaluations.DefaultPeriodAsync(db, cancellationToken);
        }
        else if (ReportingPeriod.TryParse(Period, out ReportingPeriod chosen, out string? error))
        {
            Shown = chosen;
        }
        else
        {
            AddError(nameof(Period), "period", error);
            return Page();
        }

        if (Shown is { } period)
        {
            Period = period.ToString();
            Result? stored = await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == id && r.Period == period, cancellationToken);
            if (stored is not null)
            {
                Fill(stored);
            }
        }

        DataQuality ??= Quality.Ok.ToCode();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ResultCheck check = await entry.CheckAsync(Indicator, new ResultEntryInput(Period, Value, Numerator, Denominator, PredictedYearEnd, DataQuality, DataQualityNote, Commentary), cancellationToken);
        Shown = check.Period;
        foreach (ResultEntryError error in check.Errors)
        {
            (string key, string fieldId) = error.Field switch
            {
                "period" => (nameof(Period), "period"),
                "numerator" => (nameof(Numerator), "numerator"),
                "denominator" => (nameof(Denominator), "denominator"),
                "predicted_year_end" => (nameof(PredictedYearEnd), "predicted-year-end"),
                "data_quality" => (nameof(DataQuality), "data-quality"),
                "commentary" => (nameof(Commentary), "commentary"),
                _ => (nameof(Value), "value"),
            };
            AddError(key, fieldId, error.Message);
        }

        if (!check.Valid || !ModelState.IsValid)
        {
            return Page();
        }

        ResultSave save = await entry.SaveAsync(Indicator, check, Version, replace: true, User.Identity?.Name ?? "web", cancellationToken);
        if (save.Saved is not { } stored)
        {
            return save.Theirs is { } theirs ? ShowConflict(theirs) : Page();
        }

        return RedirectToPage("/Indicators/Indicator", new { id, saved = stored.Period.ToString() });
    }

    private IActionResult ShowConflict(Result theirs)
    {
        (Conflict, Version) = (theirs, theirs.ConcurrencyVersion);
        return Stale(nameof(Value), "value", $"{theirs.EnteredBy} changed this result while you were editing it. Your changes have not been saved: compare them with theirs below, then save again to replace theirs");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Indicator? indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        if (!Permissions.CanEnterResults(User, indicator))
        {
            return Forbid();
        }

        Indicator = indicator;
        Definition = indicator.ToDefinition();
        return null;
    }

    private void Fill(Result stored)
    {
        Value = Display.Plain(stored.Numerator is null ? stored.Value : null);
        Numerator = Display.Plain(stored.Numerator);
        Denominator = Display.Plain(stored.Denominator);
        PredictedYearEnd = Display.Plain(stored.PredictedYearEnd);
        DataQuality = stored.DataQuality.ToCode();
        DataQualityNote = stored.DataQualityNote;
        Commentary = stored.Commentary;
        Version = stored.ConcurrencyVersion;
    }
}
