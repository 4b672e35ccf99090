using System.Globalization;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Framework;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Summaries;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Indicators;

public sealed class IndexModel(PerformanceCache cache) : PageModel
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

    /// <summary>The variation filter as given in the query: <c>concern</c> shows the indicators whose latest point is special cause concern.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Variation { get; set; }

    /// <summary>What is wrong with the variation filter given, when it is not one of the choices.</summary>
    public string? VariationError { get; private set; }

    /// <summary>The variation filter applied, if any.</summary>
    public VariationFilter? VariationShown => VariationFilters.TryParse(Variation, out VariationFilter filter) ? filter : null;

    /// <summary>The assurance filter as given in the query: <c>fail</c> shows the indicators whose chart consistently fails its target.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assurance { get; set; }

    /// <summary>What is wrong with the assurance filter given, when it is not one of the choices.</summary>
    public string? AssuranceError { get; private set; }

    /// <summary>The assurance filter applied, if any.</summary>
    public Waymark.Variation.AssuranceIcon? AssuranceShown => AssuranceFilters.TryParse(Assurance, out Waymark.Variation.AssuranceIcon icon) ? icon : null;

    /// <summary>Each listed indicator's XmR chart up to the period shown, by indicator id.</summary>
    public IReadOnlyDictionary<int, Waymark.Variation.XmrChart> Charts { get; private set; } = new Dictionary<int, Waymark.Variation.XmrChart>();

    /// <summary>The page asked for, as <c>?page=</c> (read from the query: <c>page</c> is the route value of Razor Pages).</summary>
    public string? PageNumber => Request.Query["page"].FirstOrDefault();

    public const int PageSize = 50;

    public ReportingPeriod? Shown { get; private set; }

    public string? PeriodError { get; private set; }

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public IReadOnlyList<Board> Boards { get; private set; } = [];

    public IReadOnlyList<Priority> Priorities { get; private set; } = [];

    /// <summary>The indicators on the page shown.</summary>
    public IReadOnlyList<EvaluatedIndicator> Indicators { get; private set; } = [];

    public Pagination Pagination { get; private set; } = new(0, PageSize, null);

    /// <summary>The ratings of every indicator that passes the filters, on every page.</summary>
    public RatingSummary Summary { get; private set; } = RatingSummary.FromCounts(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PerformanceSnapshot store = await cache.SnapshotAsync(cancellationToken);
        Boards = store.Boards;
        Priorities = store.Priorities;
        Periods = store.ResultPeriods;
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

        Shown ??= store.DefaultPeriod;
        if (Shown is not { } period)
        {
            return;
        }

        bool lait = Set == LaitSet;
        string? term = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Rating? rating = RatingFilter;
        List<EvaluatedIndicator> evaluated = [.. (await store.PeriodAsync(period, cancellationToken)).Indicators.Where(e =>
            (e.Indicator.IndicatorSet == LaitSet) == lait
            && (term is null || e.Indicator.Code.Contains(term, StringComparison.OrdinalIgnoreCase) || e.Indicator.Definition.Title.Contains(term, StringComparison.OrdinalIgnoreCase))
            && (Board is not int board || store.IsOnBoard(e.Indicator.Id, board))
            && (Priority is not int priority || store.ServesPriority(e.Indicator.Id, priority))
            && (rating is not { } r || e.Evaluation.Rating.Rating == r))];

        // Variation: the charts of every indicator up to the period, read once for it, and the filter by the latest point.
        Charts = await store.VariationsAsync(period, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Variation) && VariationShown is null)
        {
            VariationError = $"Choose a variation from the list: '{Variation.Trim()}' is not one of them";
        }
        else if (VariationShown is { } byVariation)
        {
            evaluated = [.. evaluated.Where(e => byVariation.Matches(Charts[e.Indicator.Id].Variation))];
        }

        AssuranceError = AssuranceFilters.Problem(Assurance);
        if (AssuranceShown is { } byAssurance)
        {
            evaluated = [.. evaluated.Where(e => Charts[e.Indicator.Id].Assurance == byAssurance)];
        }

        Summary = RatingSummary.Of(evaluated.Select(e => e.Evaluation.Rating.Rating));
        Pagination = new Pagination(evaluated.Count, PageSize, PageNumber);
        Indicators = evaluated.GetRange(Pagination.Skip, Pagination.Last - Pagination.Skip);
    }

    /// <summary>The address of page <paramref name="page"/> of the list with the filters applied now.</summary>
    public string PageLink(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(KeyValuePair.Create(name, (string?)value));
            }
        }

        Add("search", Search);
        Add("period", Period);
        Add("set", Set);
        Add("board", Board?.ToString(CultureInfo.InvariantCulture));
        Add("priority", Priority?.ToString(CultureInfo.InvariantCulture));
        Add("rating", RatingFilter is { } rating ? rating.ToCode() : null);
        Add("variation", VariationShown?.ToCode());
        Add("assurance", AssuranceShown is { } assurance ? Waymark.Variation.VariationCodes.ToCode(assurance) : null);
        query.Add(KeyValuePair.Create("page", (string?)page.ToString(CultureInfo.InvariantCulture)));
        return "/indicators" + QueryString.Create(query).ToUriComponent();
    }

    public Rating? RatingFilter => RatingCodes.TryParseRating(Rating, out Rating rating) ? rating : null;
}
