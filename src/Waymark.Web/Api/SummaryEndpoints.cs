using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Summaries;
using Waymark.Web.Performance;

namespace Waymark.Web.Api;

/// <summary>The ratings summary of each board for a period, counted by <see cref="RatingSummary"/>.</summary>
public static class SummaryEndpoints
{
    public static async Task<IResult> ListAsync(WaymarkDb db, string? board, string? period, CancellationToken cancellationToken)
    {
        (int? boardId, IResult? boardProblem) = await ApiQuery.BoardAsync(db, board, cancellationToken);
        (ReportingPeriod? shown, IResult? periodProblem) = await ApiQuery.PeriodAsync(db, period, cancellationToken);
        if ((boardProblem ?? periodProblem) is { } problem)
        {
            return problem;
        }

        if (shown is not { } chosen)
        {
            return TypedResults.Ok(new List<SummaryJson>());
        }

        List<EvaluatedIndicator> evaluated = await Evaluations.ForPeriodAsync(db, chosen, null, cancellationToken);
        var boards = await db.Boards.AsNoTracking().Where(b => boardId == null || b.Id == boardId).OrderBy(b => b.Name).ToListAsync(cancellationToken);
        var indicatorBoards = await db.IndicatorBoards.AsNoTracking().ToListAsync(cancellationToken);
        var summaries = new List<SummaryJson>();
        foreach (var b in boards)
        {
            var ids = indicatorBoards.Where(x => x.BoardId == b.Id).Select(x => x.IndicatorId).ToHashSet();
            summaries.Add(Summarise(b.Name, chosen, [.. evaluated.Where(e => ids.Contains(e.Indicator.Id))]));
        }

        if (summaries.Count == 0 && boardId is null)
        {
            summaries.Add(Summarise("All indicators", chosen, evaluated));
        }

        return TypedResults.Ok(summaries);
    }

    private static SummaryJson Summarise(string board, ReportingPeriod period, List<EvaluatedIndicator> indicators) => new(
        board,
        period.ToString(),
        RatingCountsJson.From(RatingSummary.Of(indicators.Select(e => e.Evaluation.Rating.Rating))),
        RatingCountsJson.From(RatingSummary.Of(indicators.Select(e => e.Evaluation.PredictedRating.Rating))));
}
