using System.Globalization;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Exports;
using Waymark.Data.Framework;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Summaries;
using Waymark.Web.Accounts;
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

    /// <summary>The gaps filter as given in the query: <c>widening</c> shows the measures with a group's gap in the council's LA widening.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Gaps { get; set; }

    /// <summary>The only choice of the gaps filter.</summary>
    public const string WideningGaps = "widening";

    /// <summary>What is wrong with the gaps filter given, when it is not the choice.</summary>
    public string? GapsError { get; private set; }

    /// <summary>Whether the list is filtered to the measures whose gaps are widening.</summary>
    public bool GapsShown => string.Equals(Gaps?.Trim(), WideningGaps, StringComparison.OrdinalIgnoreCase);

    /// <summary>The widening gaps of the council's LA, when the list is filtered by them.</summary>
    public IReadOnlyList<WideningGap> Widening { get; private set; } = [];

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

    /// <summary>The owner filter as given in the query: <c>mine</c> for the signed-in person's indicators, or an owner's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    /// <summary>What is wrong with the owner filter given, when it is not one of the choices.</summary>
    public string? OwnerError { get; private set; }

    /// <summary>Everyone who owns an indicator, for the owner filter.</summary>
    public IReadOnlyList<IndicatorOwner> Owners { get; private set; } = [];

    /// <summary>The column to sort by, as given in the query: one of <see cref="SortColumns"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary><c>ascending</c> (the default) or <c>descending</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    public const string ByCode = "indicator";

    /// <summary>The columns the list sorts by.</summary>
    public static IReadOnlyList<string> SortColumns { get; } = [ByCode, "owner", "result", "target", "rating", "direction"];

    /// <summary>How the list is sorted.</summary>
    public ListSort Sorted => ListSort.Parse(Sort, Order, SortColumns, ByCode);

    /// <summary>Whether any filter or search narrows the list (the period and the set do not).</summary>
    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Search) || Board is not null || Priority is not null || RatingFilter is not null
        || VariationShown is not null || AssuranceShown is not null || OwnerShown is not null || GapsShown;

    /// <summary>The owner whose indicators are shown, if the list is filtered by owner.</summary>
    public int? OwnerShown { get; private set; }

    /// <summary>The owner of each listed indicator, by indicator id.</summary>
    public string? OwnerOf(EvaluatedIndicator indicator) => snapshot?.OwnerOf(indicator?.Indicator ?? throw new ArgumentNullException(nameof(indicator)));

    private PerformanceSnapshot? snapshot;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        List<EvaluatedIndicator> evaluated = await ListAsync(cancellationToken);
        Summary = RatingSummary.Of(evaluated.Select(e => e.Evaluation.Rating.Rating));
        Pagination = new Pagination(evaluated.Count, PageSize, PageNumber);
        Indicators = evaluated.GetRange(Pagination.Skip, Pagination.Last - Pagination.Skip);
    }

    /// <summary>The whole filtered list, in its order, as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        ExportTable table = IndicatorListExport.Create(Entries(await ListAsync(cancellationToken)));
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            await CsvTableWriter.WriteAsync(table, writer, cancellationToken);
        }

        return File(buffer.ToArray(), "text/csv; charset=utf-8", DownloadName("csv"));
    }

    /// <summary>The whole filtered list, in its order, as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        ExportTable table = IndicatorListExport.Create(Entries(await ListAsync(cancellationToken)));
        using var buffer = new MemoryStream();
        await XlsxWorkbookWriter.WriteAsync([table], buffer, cancellationToken);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DownloadName("xlsx"));
    }

    private string DownloadName(string extension) =>
        $"indicators-{(Shown is { } period ? period.ToString().Replace('/', '-').Replace(' ', '-') : "none")}.{extension}";

    private List<IndicatorListEntry> Entries(List<EvaluatedIndicator> evaluated) =>
        [.. evaluated.Select(e => new IndicatorListEntry(e, OwnerOf(e), Charts.GetValueOrDefault(e.Indicator.Id)))];

    /// <summary>Every indicator that passes the filters and the search, sorted; empty when there are no results.</summary>
    private async Task<List<EvaluatedIndicator>> ListAsync(CancellationToken cancellationToken)
    {
        PerformanceSnapshot store = await cache.SnapshotAsync(cancellationToken);
        snapshot = store;
        Boards = store.Boards;
        Priorities = store.Priorities;
        Periods = store.ResultPeriods;
        Owners = store.Owners;
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

        if (!string.IsNullOrWhiteSpace(Owner))
        {
            string owner = Owner.Trim();
            if (string.Equals(owner, Mine, StringComparison.OrdinalIgnoreCase))
            {
                OwnerShown = Permissions.UserId(User) ?? -1;
            }
            else if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out int id) && Owners.Any(o => o.Id == id))
            {
                OwnerShown = id;
            }
            else
            {
                OwnerError = $"Choose an owner from the list: '{owner}' is not one of them";
            }
        }

        Shown ??= store.DefaultPeriod;
        if (Shown is not { } period)
        {
            return [];
        }

        bool lait = Set == LaitSet;
        string? term = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Rating? rating = RatingFilter;
        List<EvaluatedIndicator> evaluated = [.. (await store.PeriodAsync(period, cancellationToken)).Indicators.Where(e =>
            (e.Indicator.IndicatorSet == LaitSet) == lait
            && (term is null || Finds(e, term))
            && (Board is not int board || store.IsOnBoard(e.Indicator.Id, board))
            && (Priority is not int priority || store.ServesPriority(e.Indicator.Id, priority))
            && (OwnerShown is not int ownerId || e.Indicator.OwnerId == ownerId)
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

        if (GapsShown)
        {
            Widening = await store.WideningGapsAsync(cancellationToken);
            HashSet<int> measures = [.. Widening.Select(w => w.Indicator.Id)];
            evaluated = [.. evaluated.Where(e => measures.Contains(e.Indicator.Id))];
        }
        else if (!string.IsNullOrWhiteSpace(Gaps))
        {
            GapsError = $"Choose gaps from the list: '{Gaps.Trim()}' is not one of them";
        }

        return [.. IndicatorListOrder.Sort(evaluated, Sorted, store.OwnerOf)];
    }

    /// <summary>The <c>owner</c> filter that shows the signed-in person's own indicators.</summary>
    public const string Mine = "mine";

    // The search finds the term in the code, the title or the commentary of the period's result.
    private static bool Finds(EvaluatedIndicator e, string term) =>
        e.Indicator.Code.Contains(term, StringComparison.OrdinalIgnoreCase)
        || e.Indicator.Definition.Title.Contains(term, StringComparison.OrdinalIgnoreCase)
        || (e.Stored?.Commentary?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The address of page <paramref name="page"/> of the list with the filters applied now.</summary>
    public string PageLink(int page) => Link(Sorted.IsDefault(ByCode) ? null : (Sorted.Column, Sorted.IsDescending ? ListSort.Descending : null), page, null);

    /// <summary>The address of the list sorted by <paramref name="column"/> (the other way when it is sorted by it now), from the first page.</summary>
    public string SortLink(string column)
    {
        (string sort, string order) = Sorted.Next(column);
        return Link((sort, order == ListSort.Descending ? order : null), null, null);
    }

    /// <summary>The address of the whole filtered list, in its order, downloaded as <paramref name="handler"/> (<c>csv</c> or <c>xlsx</c>).</summary>
    public string DownloadLink(string handler) => Link(Sorted.IsDefault(ByCode) ? null : (Sorted.Column, Sorted.IsDescending ? ListSort.Descending : null), null, handler);

    /// <summary>The header of a sortable column.</summary>
    public SortHeader Header(string label, string column, bool numeric = false) => new(label, SortLink(column), Sorted.AriaSort(column), numeric);

    /// <summary>The list with no filters and no search, for the same period and set of indicators.</summary>
    public string ClearLink
    {
        get
        {
            var query = new List<KeyValuePair<string, string?>>();
            if (!string.IsNullOrWhiteSpace(Period))
            {
                query.Add(KeyValuePair.Create("period", (string?)Period));
            }

            if (Set == LaitSet)
            {
                query.Add(KeyValuePair.Create("set", (string?)LaitSet));
            }

            return "/indicators" + QueryString.Create(query).ToUriComponent();
        }
    }

    private string Link((string Sort, string? Order)? sort, int? page, string? handler)
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
        Add("gaps", GapsShown ? WideningGaps : null);
        Add("owner", OwnerError is null ? Owner?.Trim() : null);
        Add("sort", sort?.Sort);
        Add("order", sort?.Order);
        Add("handler", handler);
        Add("page", page?.ToString(CultureInfo.InvariantCulture));
        return "/indicators" + QueryString.Create(query).ToUriComponent();
    }

    public Rating? RatingFilter => RatingCodes.TryParseRating(Rating, out Rating rating) ? rating : null;
}
