using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;

namespace Waymark.Web.Returns;

/// <summary>
/// Entering an indicator's result, for the quarterly return and the API alike: the figures are checked, the rules
/// say whether the result is red or amber (which needs commentary), and a save made from a stale version is refused
/// with the stored result rather than written over it.
/// </summary>
public sealed class ResultEntry(WaymarkDb db, TimeProvider clock)
{
    public const string FitToRate = "Select whether the result is fit to rate: ok or withheld";

    public async Task<ResultCheck> CheckAsync(Indicator indicator, ResultEntryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ResultEntryError>();
        ReportingPeriod? period = null;
        if (string.IsNullOrWhiteSpace(input.Period))
        {
            errors.Add(new("period", "Enter the period, such as 2010/11 Q3"));
        }
        else if (ReportingPeriod.TryParse(input.Period.Trim(), out ReportingPeriod parsed, out string? periodError))
        {
            period = parsed;
        }
        else
        {
            errors.Add(new("period", periodError));
        }

        decimal? value = Number(input.Value, "value", "The result", errors);
        decimal? numerator = Number(input.Numerator, "numerator", "The numerator", errors);
        decimal? denominator = Number(input.Denominator, "denominator", "The denominator", errors);
        decimal? predicted = Number(input.PredictedYearEnd, "predicted_year_end", "The predicted year end", errors);
        if (!DataQualityCodes.TryParse(input.DataQuality, out DataQuality quality))
        {
            errors.Add(new("data_quality", FitToRate));
        }

        if (errors.Count == 0 && value is null && numerator is null && denominator is null)
        {
            errors.Add(new("value", "Enter the result, or its numerator and denominator"));
        }

        if (errors.Count > 0 || period is not { } p)
        {
            return new ResultCheck { Errors = errors, Period = period };
        }

        IndicatorDefinition definition = indicator.ToDefinition();
        string? commentary = string.IsNullOrWhiteSpace(input.Commentary) ? null : input.Commentary.Trim();
        if (!ResultValues.TryResolve(definition, value, numerator, denominator, predicted, quality, commentary, out IndicatorResult? result, out string? error, out string? field))
        {
            return new ResultCheck { Errors = [new(field, error)], Period = p };
        }

        IndicatorEvaluation evaluation = await EvaluateAsync(indicator, p, result, cancellationToken);
        if (commentary is null && evaluation.Rating.Rating is Rating.Red or Rating.Amber)
        {
            errors.Add(new("commentary", $"Enter commentary: the result is {evaluation.Rating.Rating.ToLabel().ToLowerInvariant()}, so say why and what is being done"));
        }

        return new ResultCheck
        {
            Errors = errors,
            Period = p,
            Result = result,
            Evaluation = evaluation,
            Numerator = numerator,
            Denominator = denominator,
            DataQualityNote = string.IsNullOrWhiteSpace(input.DataQualityNote) ? null : input.DataQualityNote.Trim(),
        };
    }

    /// <summary>
    /// Stores a checked result: the period's first, or in place of the stored one when <paramref name="replace"/> and
    /// <paramref name="version"/> is the stored one's version.
    /// </summary>
    public async Task<ResultSave> SaveAsync(Indicator indicator, ResultCheck check, int? version, bool replace, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(check);
        if (!check.Valid || check.Period is not { } period || check.Result is not { } result)
        {
            throw new ArgumentException("Only a result without problems can be saved.", nameof(check));
        }

        Result? stored = await db.Results.FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Period == period, cancellationToken);
        if (stored is not null && (!replace || stored.ConcurrencyVersion != version))
        {
            return new ResultSave(null, false, stored);
        }

        bool created = stored is null;
        if (stored is null)
        {
            stored = new Result { IndicatorId = indicator.Id, Period = period, PeriodStart = period.Start, EnteredBy = string.Empty };
            db.Results.Add(stored);
        }

        stored.Value = result.Value;
        stored.Numerator = check.Numerator;
        stored.Denominator = check.Denominator;
        stored.PredictedYearEnd = result.PredictedYearEnd;
        stored.DataQuality = result.DataQuality;
        stored.DataQualityNote = check.DataQualityNote;
        stored.Commentary = result.Commentary;
        stored.EnteredBy = actor;
        stored.EnteredAt = clock.GetUtcNow();
        stored.Illustrative = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ResultSave(stored, created, null);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || created)
        {
            // Someone else changed the result, or entered the period's first result, after it was read.
            db.ChangeTracker.Clear();
            Result? theirs = await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Period == period, cancellationToken);
            return new ResultSave(null, false, theirs);
        }
    }

    /// <summary>What the rules make of <paramref name="result"/> for <paramref name="period"/>, against the stored targets and the result a year earlier.</summary>
    public async Task<IndicatorEvaluation> EvaluateAsync(Indicator indicator, ReportingPeriod period, IndicatorResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return await StoredEvaluations.EvaluateAsync(db, indicator, period, result, cancellationToken);
    }

    private static decimal? Number(string? text, string field, string label, List<ResultEntryError> errors)
    {
        if (FigureText.TryParse(text, out decimal? number, out FigureError? error))
        {
            return number;
        }

        errors.Add(new(field, error.For(label)));
        return null;
    }
}
