using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Summaries;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Indicators;

public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public const string LaitSet = "lait";

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Board { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rating { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    /// <summary><c>lait</c> for the LAIT measures kept for benchmarking; otherwise the council's own indicators.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Set { get; set; }

    public ReportingPeriod? Shown { get; private set; }

    public string? PeriodError { get; private set; }

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public IReadOnlyList<Board> Boards { get; private set; } = [];

    public IReadOnlyList<Priority> Priorities { get; private set; } = [];

    public IReadOnlyList<EvaluatedIndicator> Indicators { get; private set; } = [];

    public RatingSummary Summary { get; private set; } = RatingSummary.FromCounts(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
        Priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        Periods = await Evaluations.ResultPeriodsAsync(db, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (ReportingPeriod.TryParse(Period, out ReportingPeriod chosen, out string? error))
            {
                Shown = chosen;
            }
            else
            {
                PeriodError = error;
            }
        }

        Shown ??= await Evaluations.DefaultPeriodAsync(db, cancellationToken);
        IQueryable<Data.Measures.Indicator> query = Set == LaitSet
            ? db.Indicators.AsNoTracking().Where(i => i.IndicatorSet == LaitSet)
            : db.Indicators.AsNoTracking().Where(i => i.IndicatorSet == null || i.IndicatorSet != LaitSet);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            string term = Search.Trim().ToUpperInvariant();
            query = query.Where(i => i.Code.ToUpper().Contains(term) || i.Title.ToUpper().Contains(term));
        }

        if (Board is int board)
        {
            query = query.Where(i => db.IndicatorBoards.Any(x => x.IndicatorId == i.Id && x.BoardId == board));
        }

        if (Priority is int priority)
        {
            query = query.Where(i => db.IndicatorPriorities.Any(x => x.IndicatorId == i.Id && x.PriorityId == priority));
        }

        List<int> ids = await query.Select(i => i.Id).ToListAsync(cancellationToken);
        if (Shown is not { } period)
        {
            return;
        }

        List<EvaluatedIndicator> evaluated = await Evaluations.ForPeriodAsync(db, period, ids, cancellationToken);
        if (RatingFilter is Rating rating)
        {
            evaluated = [.. evaluated.Where(e => e.Evaluation.Rating.Rating == rating)];
        }

        Indicators = evaluated;
        Summary = RatingSummary.Of(evaluated.Select(e => e.Evaluation.Rating.Rating));
    }

    public Rating? RatingFilter => Rating switch
    {
        "red" => Ratings.Rating.Red,
        "amber" => Ratings.Rating.Amber,
        "green" => Ratings.Rating.Green,
        "not_rated" => Ratings.Rating.NotRated,
        _ => null,
    };
}
