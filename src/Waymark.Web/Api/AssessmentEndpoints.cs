using Waymark.Assessments;
using Waymark.Data.Assessments;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Web.Performance;

namespace Waymark.Web.Api;

/// <summary>An assessment framework's scores, worked out by <see cref="StoredAssessments"/> as the assessments page and <c>waymark assess</c> work them out.</summary>
public static class AssessmentEndpoints
{
    public static async Task<IResult> OneAsync(WaymarkDb db, string? framework, string? period, CancellationToken cancellationToken)
    {
        List<AssessmentFrameworkVersion> all = await StoredAssessments.AllAsync(db, cancellationToken);
        if (all.Count == 0)
        {
            return ApiProblems.NotFound("No assessment framework is stored: add one in the framework file's assessment_frameworks");
        }

        string? name = string.IsNullOrWhiteSpace(framework) ? null : framework.Trim();
        AssessmentFrameworkVersion? chosen = await StoredAssessments.FindAsync(db, name, cancellationToken);
        if (chosen is null)
        {
            string names = string.Join(", ", all.Select(f => $"{f.Name} {f.Version}").Distinct());
            return ApiProblems.Invalid("framework", name is null
                ? $"No framework is marked current, so name one: {names}"
                : $"'{name}' is not a stored framework: give its name or round, one of {names}");
        }

        ReportingPeriod? shown;
        if (string.IsNullOrWhiteSpace(period))
        {
            shown = AssessmentPeriods.Default(chosen, AssessmentPeriods.Quarters(await Evaluations.ResultPeriodsAsync(db, cancellationToken)));
            if (shown is null)
            {
                return ApiProblems.Invalid("period", "There are no quarterly results yet: give the period to assess, such as 2010/11 Q3");
            }
        }
        else if (ReportingPeriod.TryParse(period.Trim(), out ReportingPeriod parsed, out string? error))
        {
            shown = parsed;
        }
        else
        {
            return ApiProblems.Invalid("period", error!);
        }

        return TypedResults.Ok(From(await StoredAssessments.AssessAsync(db, chosen, shown.Value, cancellationToken)));
    }

    public static AssessmentJson From(StoredAssessment stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        FrameworkAssessment a = stored.Assessment;
        return new AssessmentJson(
            stored.Framework.Name,
            stored.Framework.Version,
            stored.Framework.Round,
            stored.Period.ToString(),
            stored.Framework.Illustrative,
            [.. a.Blocks.Select(Block)],
            a.Category,
            a.Provisional,
            a.PredictedCategory,
            a.Blocks.Any(b => b.PredictedProvisional));
    }

    private static AssessmentBlockJson Block(BlockAssessment b) => new(
        b.Block.Group,
        b.Block.Name,
        b.Block.JudgedByInspection,
        b.Score,
        AssessmentText.State(b.State).Replace(' ', '_'),
        b.Provisional,
        b.ProvisionalReason,
        b.PredictedScore,
        b.PredictedProvisional,
        b.PredictedReason,
        AssessmentText.WhatWouldMove(b),
        AssessmentText.PredictionGap(b),
        [.. b.Indicators.Select(i => Indicator(i, b.Block.Indicators.First(x => x.Code == i.Code)))],
        [.. b.Moves.Select(m => Move(m, b.Block.Indicators.First(x => x.Code == m.Code).Decimals))]);

    private static AssessmentIndicatorJson Indicator(IndicatorAssessment i, AssessedIndicator definition) => new(
        i.Code,
        ApiNumbers.At(definition.Thresholds.Lower, definition.Decimals)!.Value,
        ApiNumbers.At(definition.Thresholds.Upper, definition.Decimals)!.Value,
        ApiNumbers.At(i.Latest, definition.Decimals),
        i.LatestIsNew,
        i.Band is { } band ? AssessmentText.Band(band) : null,
        i.Points,
        ApiNumbers.At(i.PredictedValue, definition.Decimals),
        i.UsesPrediction,
        i.PredictedBand is { } predicted ? AssessmentText.Band(predicted) : null,
        i.PredictedPoints);

    private static ScoreMoveJson Move(ScoreMove m, int decimals) => new(
        m.Code,
        m.Direction == MoveDirection.Up ? "up" : "down",
        ApiNumbers.At(m.Current, decimals),
        ApiNumbers.At(m.Needed, decimals),
        AssessmentText.Band(m.BandAfter),
        m.ScoreAfter);
}
