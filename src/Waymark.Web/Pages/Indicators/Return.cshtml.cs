using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Targets;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;
using Quality = Waymark.Results.DataQuality;

namespace Waymark.Web.Pages.Indicators;

/// <summary>
/// The quarterly return: an indicator's owner enters its result for a period. The rules say whether the result is
/// red or amber, in which case commentary is required; an edit made from a copy that someone else has changed since
/// is shown beside theirs, not saved over it.
/// </summary>
public sealed class ReturnModel(WaymarkDb db, TimeProvider clock) : FormPage
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

        DataQuality ??= "ok";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ReportingPeriod.TryParse(Period, out ReportingPeriod period, out string? periodError))
        {
            AddError(nameof(Period), "period", periodError);
            return Page();
        }

        Shown = period;
        decimal? value = Number(nameof(Value), "value", Value, "The result");
        decimal? numerator = Number(nameof(Numerator), "numerator", Numerator, "The numerator");
        decimal? denominator = Number(nameof(Denominator), "denominator", Denominator, "The denominator");
        decimal? predicted = Number(nameof(PredictedYearEnd), "predicted-year-end", PredictedYearEnd, "The predicted year end");
        Results.DataQuality quality = Quality.Ok;
        switch (DataQuality)
        {
            case "ok":
                break;
            case "withheld":
                quality = Quality.Withheld;
                break;
            default:
                AddError(nameof(DataQuality), "data-quality", "Select whether the result is fit to rate");
                break;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (value is null && numerator is null && denominator is null)
        {
            AddError(nameof(Value), "value", "Enter the result, or its numerator and denominator");
            return Page();
        }

        string? commentary = string.IsNullOrWhiteSpace(Commentary) ? null : Commentary.Trim();
        if (!ResultValues.TryResolve(Definition, value, numerator, denominator, predicted, quality, commentary, out IndicatorResult? result, out string? error, out string? field))
        {
            (string key, string fieldId) = field switch
            {
                "numerator" => (nameof(Numerator), "numerator"),
                "denominator" => (nameof(Denominator), "denominator"),
                "predicted_year_end" => (nameof(PredictedYearEnd), "predicted-year-end"),
                _ => (nameof(Value), "value"),
            };
            AddError(key, fieldId, error);
            return Page();
        }

        IndicatorEvaluation evaluation = await EvaluateAsync(period, result, cancellationToken);
        if (commentary is null && evaluation.Rating.Rating is Rating.Red or Rating.Amber)
        {
            AddError(nameof(Commentary), "commentary", $"Enter commentary: the result is {evaluation.Rating.Rating.ToLabel().ToLowerInvariant()}, so say why and what is being done");
            return Page();
        }

        Result? stored = await db.Results.FirstOrDefaultAsync(r => r.IndicatorId == id && r.Period == period, cancellationToken);
        if (stored is not null && stored.ConcurrencyVersion != Version)
        {
            return ShowConflict(stored);
        }

        if (stored is null)
        {
            stored = new Result { IndicatorId = id, Period = period, PeriodStart = period.Start, EnteredBy = string.Empty };
            db.Results.Add(stored);
        }

        stored.Value = result.Value;
        stored.Numerator = numerator;
        stored.Denominator = denominator;
        stored.PredictedYearEnd = result.PredictedYearEnd;
        stored.DataQuality = quality;
        stored.DataQualityNote = string.IsNullOrWhiteSpace(DataQualityNote) ? null : DataQualityNote.Trim();
        stored.Commentary = commentary;
        stored.EnteredBy = User.Identity?.Name ?? "web";
        stored.EnteredAt = clock.GetUtcNow();
        stored.Illustrative = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Result? theirs = await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == id && r.Period == period, cancellationToken);
            return theirs is null ? Page() : ShowConflict(theirs);
        }
        catch (DbUpdateException) when (stored.Id == 0)
        {
            // Someone else entered the first result for the period after this form was opened.
            db.ChangeTracker.Clear();
            Result theirs = await db.Results.AsNoTracking().FirstAsync(r => r.IndicatorId == id && r.Period == period, cancellationToken);
            return ShowConflict(theirs);
        }

        return Redirect($"/indicators/{id}?saved={Uri.EscapeDataString(period.ToString())}");
    }

    private IActionResult ShowConflict(Result theirs)
    {
        Conflict = theirs;
        Version = theirs.ConcurrencyVersion;
        ModelState.Remove(nameof(Version));
        AddError(nameof(Value), "value", $"{theirs.EnteredBy} changed this result while you were editing it. Your changes have not been saved: compare them with theirs below, then save again to replace theirs");
        return Page();
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

    private async Task<IndicatorEvaluation> EvaluateAsync(ReportingPeriod period, IndicatorResult result, CancellationToken cancellationToken)
    {
        TargetSchedule targets = (await Evaluations.TargetsAsync(db, [Indicator.Id], cancellationToken)).GetValueOrDefault(Indicator.Id, TargetSchedule.Empty);
        ReportingPeriod earlier = period.YearEarlier();
        Result? yearEarlier = await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == Indicator.Id && r.Period == earlier, cancellationToken);
        return Evaluator.Evaluate(Definition, period, result, yearEarlier?.ToDomain(), targets);
    }

    private void Fill(Result stored)
    {
        Value = Display.Plain(stored.Numerator is null ? stored.Value : null);
        Numerator = Display.Plain(stored.Numerator);
        Denominator = Display.Plain(stored.Denominator);
        PredictedYearEnd = Display.Plain(stored.PredictedYearEnd);
        DataQuality = stored.DataQuality == Quality.Withheld ? "withheld" : "ok";
        DataQualityNote = stored.DataQualityNote;
        Commentary = stored.Commentary;
        Version = stored.ConcurrencyVersion;
    }

    private decimal? Number(string key, string fieldId, string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string trimmed = text.Trim().TrimEnd('%').Trim();
        if (decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal number))
        {
            return number;
        }

        AddError(key, fieldId, $"{name} must be a number, like 87.4");
        return null;
    }
}
