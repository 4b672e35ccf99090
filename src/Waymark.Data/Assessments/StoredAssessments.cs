using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waymark.Assessments;
using Waymark.Data.Evaluation;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Data.Assessments;

/// <summary>
/// Works out a stored framework's assessment from the store. An indicator's latest result is its most recent
/// result ending on or before the period asked for; it is new in the round when its period lies within the
/// framework's year. Its predicted year end is the one the period's evaluation makes. A block's previous score is
/// the one stored for the framework's previous round; a block judged by inspection takes the score stored for the
/// round itself, unless that cell is marked carried forward.
/// </summary>
public static class StoredAssessments
{
    /// <summary>
    /// The framework version named <paramref name="name"/> (its name, or its round such as <c>CPA 2007</c>): the
    /// current version of that name, or else its latest. With no name, the current framework. Null when none is stored.
    /// </summary>
    public static async Task<AssessmentFrameworkVersion?> FindAsync(WaymarkDb db, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<AssessmentFrameworkVersion> all = await db.AssessmentFrameworks.AsNoTracking()
            .Include(f => f.Blocks).ThenInclude(b => b.Steps)
            .Include(f => f.Blocks).ThenInclude(b => b.Indicators)
            .Include(f => f.CategoryRules)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<AssessmentFrameworkVersion> named = name is null
            ? all.Where(f => f.IsCurrent)
            : all.Where(f => Same(f.Name, name) || Same(f.Round, name) || Same($"{f.Name} {f.Version}", name));
        return named.OrderByDescending(f => f.IsCurrent).ThenByDescending(f => f.Period.Start).FirstOrDefault();
    }

    /// <summary>
    /// The framework version of council <paramref name="councilId"/> whose year holds <paramref name="period"/> (the
    /// current version first, then the latest), assessed from the results up to the period; null when none is stored.
    /// </summary>
    public static async Task<StoredAssessment?> ForPeriodAsync(WaymarkDb db, int councilId, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<AssessmentFrameworkVersion> all = await db.AssessmentFrameworks.AsNoTracking()
            .Where(f => f.CouncilId == councilId)
            .Include(f => f.Blocks).ThenInclude(b => b.Steps)
            .Include(f => f.Blocks).ThenInclude(b => b.Indicators)
            .Include(f => f.CategoryRules)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        AssessmentFrameworkVersion? framework = all
            .Where(f => f.Period.Start <= period.Start && period.End <= f.Period.End)
            .OrderByDescending(f => f.IsCurrent).ThenByDescending(f => f.Period.Start).ThenByDescending(f => f.Id)
            .FirstOrDefault();
        return framework is null ? null : await AssessAsync(db, framework, period, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every stored framework version, current first, then by name and latest first.</summary>
    public static async Task<List<AssessmentFrameworkVersion>> AllAsync(WaymarkDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<AssessmentFrameworkVersion> all = await db.AssessmentFrameworks.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.OrderByDescending(f => f.IsCurrent).ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenByDescending(f => f.Period.Start)];
    }

    /// <summary><paramref name="framework"/>'s assessment from the results up to <paramref name="period"/>.</summary>
    public static async Task<StoredAssessment> AssessAsync(WaymarkDb db, AssessmentFrameworkVersion framework, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(framework);
        List<int> ids = [.. framework.Blocks.SelectMany(b => b.Indicators).Select(t => t.IndicatorId).Distinct()];
        List<Indicator> indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<int, Indicator> byId = indicators.ToDictionary(i => i.Id);
        AssessmentFramework rules = AssessmentFrameworkContent.ToDomain(framework, byId);

        List<Result> results = await db.Results.AsNoTracking().Where(r => ids.Contains(r.IndicatorId) && r.Value != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        List<EvaluatedIndicator> evaluated = await StoredEvaluations.ForPeriodAsync(db, indicators, period, cancellationToken).ConfigureAwait(false);
        Dictionary<int, decimal?> forecasts = evaluated.ToDictionary(e => e.Indicator.Id, e => e.Evaluation.Forecast?.Value);
        List<IndicatorReading> readings = [];
        foreach (Indicator indicator in indicators)
        {
            Result? latest = results
                .Where(r => r.IndicatorId == indicator.Id && r.Period.End <= period.End)
                .OrderByDescending(r => r.Period.End)
                .ThenBy(r => r.Period.IsYear ? 0 : 1)
                .FirstOrDefault();
            bool isNew = latest is not null && latest.Period.Start >= framework.Period.Start && latest.Period.End <= framework.Period.End;
            decimal? forecast = forecasts.GetValueOrDefault(indicator.Id);
            readings.Add(new IndicatorReading(indicator.Code, latest?.Value, isNew, latest?.Period.IsYear == true && isNew ? null : forecast));
        }

        List<AssessmentScore> scores = await db.AssessmentScores.AsNoTracking()
            .Where(s => s.CouncilId == framework.CouncilId && s.Framework == framework.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<string, int> previous = Numeric(scores.Where(s => framework.PreviousRound is not null && Same(s.Round, framework.PreviousRound)));
        Dictionary<string, int> inspection = Numeric(scores.Where(s => Same(s.Round, framework.Round) && !s.CarriedForward));
        return new StoredAssessment(framework, period, AssessmentRules.Assess(rules, readings, previous, inspection));
    }

    private static Dictionary<string, int> Numeric(IEnumerable<AssessmentScore> scores)
    {
        Dictionary<string, int> numbers = new(StringComparer.OrdinalIgnoreCase);
        foreach (AssessmentScore score in scores)
        {
            if (int.TryParse(score.Score, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                numbers[score.Block] = number;
            }
        }

        return numbers;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
