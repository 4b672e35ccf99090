using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;
using Waymark.Web.Returns;
using Waymark.Web.Work;
using Waymark.Work;

using Quality = Waymark.Results.DataQuality;

namespace Waymark.Web.Pages.Indicators;

/// <summary>
/// The quarterly return: an indicator's owner enters its result for a period. The rules say whether the result is
/// red or amber, in which case commentary is required; an edit made from a copy that someone else has changed since
/// is shown beside theirs, not saved over it. Beside the form stand what the result is judged against (the targets,
/// the last five results, the value a year earlier) and, on "Check", what the rules make of the figures typed.
/// </summary>
public sealed class ReturnModel(WaymarkDb db, ResultEntry entry, CycleWork work) : FormPage
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

    /// <summary>The periods offered: the one the reporting cycle in hand owes, the one after the latest result, and the one shown.</summary>
    public IReadOnlyList<ReportingPeriod> DuePeriods { get; private set; } = [];

    /// <summary>What the rules hold for the period shown without a result: its target, the annual target, the value a year earlier.</summary>
    public IndicatorEvaluation? Context { get; private set; }

    /// <summary>The last five stored results before the period shown, latest first, each as the rules judged it.</summary>
    public IReadOnlyList<IndicatorEvaluation> Recent { get; private set; } = [];

    /// <summary>What the rules make of the figures typed, after "Check".</summary>
    public IndicatorEvaluation? Checked { get; private set; }

    /// <summary>After "Check": why commentary is required, when the result is red or amber and none is written.</summary>
    public string? CommentaryNeeded { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(Period))
        {
            Shown = (await DueAsync(id, cancellationToken)).FirstOrDefault() is { } due ? due : await Evaluations.DefaultPeriodAsync(db, cancellationToken);
        }
        else if (ReportingPeriod.TryParse(Period, out ReportingPeriod chosen, out string? error))
        {
            Shown = chosen;
        }
        else
        {
            AddError(nameof(Period), "period", error);
            await DescribeAsync(cancellationToken);
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
        await DescribeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ResultCheck check = await entry.CheckAsync(Indicator, Input(), cancellationToken);
        Shown = check.Period;
        foreach (ResultEntryError error in check.Errors.Where(e => e.Field != "commentary"))
        {
            AddFieldError(error);
        }

        Checked = check.Evaluation;
        CommentaryNeeded = check.Errors.FirstOrDefault(e => e.Field == "commentary")?.Message;
        await DescribeAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ResultCheck check = await entry.CheckAsync(Indicator, Input(), cancellationToken);
        Shown = check.Period;
        foreach (ResultEntryError error in check.Errors)
        {
            AddFieldError(error);
        }

        if (!check.Valid || !ModelState.IsValid)
        {
            await DescribeAsync(cancellationToken);
            return Page();
        }

        ResultSave save = await entry.SaveAsync(Indicator, check, Version, replace: true, User.Identity?.Name ?? "web", cancellationToken);
        if (save.Saved is not { } stored)
        {
            await DescribeAsync(cancellationToken);
            return save.Theirs is { } theirs ? ShowConflict(theirs) : Page();
        }

        return RedirectToPage("/Indicators/Indicator", new { id, saved = stored.Period.ToString() });
    }

    private IActionResult ShowConflict(Result theirs)
    {
        (Conflict, Version) = (theirs, theirs.ConcurrencyVersion);
        return Stale(nameof(Value), "value", $"{theirs.EnteredBy} changed this result while you were editing it. Your changes have not been saved: compare them with theirs below, then save again to replace theirs");
    }

    private ResultEntryInput Input() => new(Period, Value, Numerator, Denominator, PredictedYearEnd, DataQuality, DataQualityNote, Commentary);

    private void AddFieldError(ResultEntryError error)
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

    /// <summary>The periods due, soonest first: the one the cycle in hand owes when no result is held for it, then the one after the latest result.</summary>
    private async Task<List<ReportingPeriod>> DueAsync(int id, CancellationToken cancellationToken)
    {
        List<ReportingPeriod> held = await db.Results.AsNoTracking()
            .Where(r => r.IndicatorId == id && (r.Value != null || r.DataQuality == Quality.Withheld)).Select(r => r.Period).ToListAsync(cancellationToken);
        var due = new List<ReportingPeriod>();
        if (await work.CurrentAsync(cancellationToken) is { } cycle
            && OutstandingWork.ReturnPeriod(Definition.Frequency, Definition.YearType, cycle.Period) is { } owed && !held.Contains(owed))
        {
            due.Add(owed);
        }

        if (held.Count > 0 && held.Max().Next() is var next && !due.Contains(next))
        {
            due.Add(next);
        }

        return due;
    }

    private async Task DescribeAsync(CancellationToken cancellationToken)
    {
        List<ReportingPeriod> due = await DueAsync(Indicator.Id, cancellationToken);
        if (Shown is { } shown && !due.Contains(shown))
        {
            due.Add(shown);
        }

        due.Sort();
        DuePeriods = due;
        if (Shown is not { } period)
        {
            return;
        }

        Context = await StoredEvaluations.EvaluateAsync(db, Indicator, period, null, cancellationToken);
        Recent = [.. (await StoredEvaluations.HistoryAsync(db, Indicator, cancellationToken))
            .Select(e => e.Evaluation)
            .Where(e => e.Period.Kind == period.Kind && e.Period.CompareTo(period) < 0)
            .OrderByDescending(e => e.Period)
            .Take(5)];
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
