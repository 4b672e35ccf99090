using System.Globalization;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Admin.Indicators;

public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public const int PageSize = 50;

    public const string ByCode = "code";

    /// <summary>The columns the list sorts by.</summary>
    public static IReadOnlyList<string> SortColumns { get; } = [ByCode, "title", "version"];

    /// <summary>Words to find in the code or the title.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    /// <summary>The page asked for, as <c>?page=</c> (read from the query: <c>page</c> is the route value of Razor Pages).</summary>
    public string? PageNumber => Request.Query["page"].FirstOrDefault();

    public ListSort Sorted => ListSort.Parse(Sort, Order, SortColumns, ByCode);

    /// <summary>The indicators on the page shown.</summary>
    public IReadOnlyList<Line> Indicators { get; private set; } = [];

    public Pagination Pagination { get; private set; } = new(0, PageSize, null);

    /// <summary>How many indicators there are in all, whatever the search.</summary>
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // One query: every indicator's line (a few short columns), so that codes sort in the order people read them.
        List<Line> all = await db.Indicators.AsNoTracking()
            .Select(i => new Line(i.Id, i.Code, i.Definition.Title, i.Version, i.Definition.Tolerance))
            .ToListAsync(cancellationToken);
        Total = all.Count;
        string? term = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        List<Line> matching = [.. all.Where(l => term is null
            || l.Code.Contains(term, StringComparison.OrdinalIgnoreCase)
            || l.Title.Contains(term, StringComparison.OrdinalIgnoreCase))];
        matching.Sort((a, b) => IndicatorCodeOrder.Instance.Compare(a.Code, b.Code));
        ListSort sort = Sorted;
        IReadOnlyList<Line> sorted = sort.Column switch
        {
            "title" => sort.Apply(matching, _ => false, (a, b) => string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase)),
            "version" => sort.Apply(matching, _ => false, (a, b) => a.Version.CompareTo(b.Version)),
            _ => sort.Apply(matching, _ => false, (a, b) => IndicatorCodeOrder.Instance.Compare(a.Code, b.Code)),
        };
        Pagination = new Pagination(sorted.Count, PageSize, PageNumber);
        Indicators = [.. sorted.Skip(Pagination.Skip).Take(PageSize)];
    }

    /// <summary>The header of a sortable column.</summary>
    public SortHeader Header(string label, string column)
    {
        (string s, string order) = Sorted.Next(column);
        return new SortHeader(label, Link(Search, s, order, null), Sorted.AriaSort(column));
    }

    /// <summary>The address of page <paramref name="page"/> with the search and order applied now.</summary>
    public string PageLink(int page) =>
        Link(Search, Sorted.IsDefault(ByCode) ? null : Sorted.Column, Sorted.IsDescending ? ListSort.Descending : null, page);

    private static string Link(string? search, string? sort, string? order, int? page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(search))
        {
            query.Add(KeyValuePair.Create("search", (string?)search.Trim()));
        }

        if (sort is not null)
        {
            query.Add(KeyValuePair.Create("sort", (string?)sort));
        }

        if (order == ListSort.Descending)
        {
            query.Add(KeyValuePair.Create("order", (string?)order));
        }

        if (page is int p)
        {
            query.Add(KeyValuePair.Create("page", (string?)p.ToString(CultureInfo.InvariantCulture)));
        }

        return "/admin/indicators" + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>One indicator as the administration list shows it.</summary>
    public sealed record Line(int Id, string Code, string Title, int Version, Tolerance Tolerance);
}
