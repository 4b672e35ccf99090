using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Variation;
using Waymark.Web.Performance;

namespace Waymark.Web.Api;

/// <summary>The indicators, one indicator's definition and its results, each result with what the rules say.</summary>
public static class IndicatorEndpoints
{
    public static async Task<IResult> ListAsync(
        WaymarkDb db, string? board, string? priority, string? rating, string? period, string? variation, string? assurance, CancellationToken cancellationToken)
    {
        (int? boardId, IResult? boardProblem) = await ApiQuery.BoardAsync(db, board, cancellationToken);
        (int? priorityId, IResult? priorityProblem) = await ApiQuery.PriorityAsync(db, priority, cancellationToken);
        (ReportingPeriod? shown, IResult? periodProblem) = await ApiQuery.PeriodAsync(db, period, cancellationToken);
        Rating? ratingFilter = null;
        bool ratingOk = true;
        if (!string.IsNullOrWhiteSpace(rating))
        {
            ratingOk = RatingCodes.TryParseRating(rating, out Rating parsed);
            ratingFilter = ratingOk ? parsed : null;
        }

        if ((boardProblem ?? priorityProblem ?? periodProblem) is { } problem)
        {
            return problem;
        }

        if (!ratingOk)
        {
            return ApiProblems.Invalid("rating", $"Rating must be red, amber, green or not_rated, not '{rating}'");
        }

        // Variation: the filter by the latest point's variation icon.
        VariationFilter? variationFilter = null;
        if (!string.IsNullOrWhiteSpace(variation))
        {
            if (!VariationFilters.TryParse(variation, out VariationFilter parsedVariation))
            {
                return ApiProblems.Invalid("variation", $"Variation must be {VariationFilters.Choices}, not '{variation}'");
            }

            variationFilter = parsedVariation;
        }

        // Assurance: the filter by the target's assurance icon against the latest limits.
        AssuranceIcon? assuranceFilter = null;
        if (!string.IsNullOrWhiteSpace(assurance))
        {
            if (!AssuranceFilters.TryParse(assurance, out AssuranceIcon parsedAssurance))
            {
                return ApiProblems.Invalid("assurance", $"Assurance must be {string.Join(", ", AssuranceFilters.All.Select(a => a.ToCode()))}, not '{assurance}'");
            }

            assuranceFilter = parsedAssurance;
        }

        if (shown is not { } chosen)
        {
            return TypedResults.Ok(new IndicatorListJson(null, []));
        }

        IQueryable<Indicator> query = db.Indicators.AsNoTracking();
        if (boardId is int b)
        {
            query = query.Where(i => db.IndicatorBoards.Any(x => x.IndicatorId == i.Id && x.BoardId == b));
        }

        if (priorityId is int p)
        {
            query = query.Where(i => db.IndicatorPriorities.Any(x => x.IndicatorId == i.Id && x.PriorityId == p));
        }

        List<int> ids = await query.Select(i => i.Id).ToListAsync(cancellationToken);
        List<EvaluatedIndicator> evaluated = await Evaluations.ForPeriodAsync(db, chosen, ids, cancellationToken);
        if (ratingFilter is Rating wanted)
        {
            evaluated = [.. evaluated.Where(e => e.Evaluation.Rating.Rating == wanted)];
        }

        // Variation: every listed indicator's XmR chart, from one read of the results up to the period.
        Dictionary<int, XmrChart> charts = await StoredVariation.UpToAsync(db, [.. evaluated.Select(e => e.Indicator)], chosen, cancellationToken);
        if (variationFilter is { } byVariation)
        {
            evaluated = [.. evaluated.Where(e => byVariation.Matches(charts[e.Indicator.Id].Variation))];
        }

        if (assuranceFilter is { } byAssurance)
        {
            evaluated = [.. evaluated.Where(e => charts[e.Indicator.Id].Assurance == byAssurance)];
        }

        return TypedResults.Ok(new IndicatorListJson(
            chosen.ToString(),
            [.. evaluated.Select(e => new IndicatorLineJson(
                e.Indicator.Id, e.Indicator.Code, e.Indicator.Definition.Title, e.Indicator.Definition.Unit.ToCode(), e.Indicator.Definition.Polarity.ToCode(), ApiResults.From(e),
                VariationJson.From(charts[e.Indicator.Id])))]));
    }

    public static async Task<IResult> OneAsync(WaymarkDb db, int id, CancellationToken cancellationToken)
    {
        Indicator? indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return ApiProblems.NotFound($"There is no indicator {id}");
        }

        string? owner = indicator.OwnerId is int ownerId
            ? await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        List<string> boards = await db.IndicatorBoards.AsNoTracking().Where(x => x.IndicatorId == id)
            .Join(db.Boards, x => x.BoardId, b => b.Id, (x, b) => b.Name).ToListAsync(cancellationToken);
        List<string> priorities = await db.IndicatorPriorities.AsNoTracking().Where(x => x.IndicatorId == id)
            .Join(db.Priorities, x => x.PriorityId, p => p.Id, (x, p) => p.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(IndicatorJson.From(indicator, owner, boards, priorities));
    }

    public static async Task<IResult> ResultsAsync(WaymarkDb db, int id, CancellationToken cancellationToken)
    {
        Indicator? indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return ApiProblems.NotFound($"There is no indicator {id}");
        }

        List<EvaluatedIndicator> history = await StoredEvaluations.HistoryAsync(db, indicator, cancellationToken);
        XmrChart chart = await StoredVariation.ChartAsync(db, indicator, history.Select(h => h.Stored).OfType<Result>(), cancellationToken);
        return TypedResults.Ok(new ResultHistoryJson(
            indicator.Id, indicator.Code, indicator.Definition.Decimals, [.. history.Select(ApiResults.From)], VariationJson.From(chart)));
    }
}
